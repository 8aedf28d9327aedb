package no.arsberetning.common.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents with the platform's conventions (Norwegian detail, named fields). */
public final class Problems {

    public static final String TYPE_BASE = "https://arsberetning.no/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    /** A 400 naming every field that is wrong, as {@code "errors": [{"field", "message"}]}. */
    public static ProblemDetail invalidFields(List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request",
                "Forespørselen har ugyldige felt: " + String.join(", ", errors.stream().map(FieldProblem::field).toList()) + ".");
        problem.setTitle("Ugyldig forespørsel");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail unauthorized() {
        ProblemDetail problem = of(HttpStatus.UNAUTHORIZED, "unauthorized",
                "Gyldig tilgangsbevis (Bearer-token) mangler eller er ugyldig.");
        problem.setTitle("Ikke innlogget");
        return problem;
    }

    public static ProblemDetail forbidden(String detail) {
        ProblemDetail problem = of(HttpStatus.FORBIDDEN, "forbidden",
                detail == null || detail.isBlank() ? "Du har ikke tilgang til denne ressursen." : detail);
        problem.setTitle("Ingen tilgang");
        return problem;
    }

    /**
     * A 503 for a dependency that is down (the service's database): the request did nothing and may be
     * retried; never a 500, since nothing is wrong with the request or the service's code.
     */
    public static ProblemDetail unavailable(String detail) {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", detail);
        problem.setTitle("Midlertidig utilgjengelig");
        return problem;
    }

    /**
     * A 400 for an uploaded file that cannot be read at all (wrong type, empty, too large, not a text encoding
     * the platform reads, corrupt): the reason is the {@code detail}, which the UI shows as its headline, and
     * {@code errors} names the field ({@code file}) or the places in the file the reader could point to.
     */
    public static ProblemDetail unreadableFile(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "unreadable-file", detail);
        problem.setTitle("Filen kan ikke leses");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** 413: the request body is larger than this endpoint accepts; the limit in MB (or kB) for people. */
    public static ProblemDetail payloadTooLarge(long limitBytes) {
        ProblemDetail problem = of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "Forespørselen er for stor: høyst " + Sizes.readable(limitBytes) + " er tillatt her.");
        problem.setTitle("For stor forespørsel");
        problem.setProperty("maxBytes", limitBytes);
        return problem;
    }

    /** 429: this client has sent too many requests; it may try again after the given seconds. */
    public static ProblemDetail tooManyRequests(long retryAfterSeconds) {
        ProblemDetail problem = of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "For mange forespørsler på kort tid. Prøv igjen om " + retryAfterSeconds + " sekund(er).");
        problem.setTitle("For mange forespørsler");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    /** One wrong field: its name as the client sent it and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
