package no.arsberetning.gateway.services;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Says in Norwegian why a service's part is missing, from the error its call ended with, and notes that an answer
 * holds such a placeholder ({@link #instead(Mono)}), so that it is never kept as if it were whole.
 */
public final class Unavailable {

    private Unavailable() {
    }

    /**
     * The placeholder a failed call answers instead; notes in the subscriber context ({@link Incomplete}) that
     * the answer being composed is not whole.
     */
    public static <T> Mono<T> instead(Mono<T> placeholder) {
        return Mono.deferContextual(context -> {
            context.getOrEmpty(Incomplete.class).ifPresent(incomplete -> ((Incomplete) incomplete).note());
            return placeholder;
        });
    }

    public static <T> Mono<T> instead(T placeholder) {
        return instead(Mono.just(placeholder));
    }

    /**
     * The call, unless the service failed to tell its version just before ({@link Down} in the subscriber context):
     * then that failure at once, so that a hung service is not waited for twice in one answer.
     */
    public static <T> Mono<T> unlessDown(String service, Mono<T> call) {
        return Mono.deferContextual(context -> {
            Throwable failure = context.<Down>getOrEmpty(Down.class).map(down -> down.services().get(service)).orElse(null);
            return failure != null ? Mono.error(failure) : call;
        });
    }

    /** The services (by id) whose version could not be learnt for the answer being composed, with the failure. */
    public record Down(Map<String, Throwable> services) {
    }

    /** Put into the subscriber context (under its class) by whoever wants to know whether a placeholder was given. */
    public static final class Incomplete {

        private volatile boolean noted;

        void note() {
            noted = true;
        }

        public boolean noted() {
            return noted;
        }
    }

    public static String reason(String serviceTitle, Throwable error, Duration timeLimit, int year) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof WebClientResponseException)
                && !(cause instanceof TimeoutException) && !(cause instanceof CallNotPermittedException)) {
            cause = cause.getCause();
        }
        String what;
        if (cause instanceof TimeoutException) {
            what = "svarte ikke innen " + seconds(timeLimit) + " sekunder";
        } else if (cause instanceof CallNotPermittedException) {
            what = "er midlertidig koblet ut etter gjentatte feil";
        } else if (cause instanceof WebClientResponseException response) {
            int status = response.getStatusCode().value();
            what = status == 404 ? "har ingen data for " + year
                    : status == 401 || status == 403 ? "ga ikke tilgang (" + status + ")"
                    : "svarte med feil (" + status + ")";
        } else if (error instanceof WebClientRequestException) {
            what = "er ikke tilgjengelig";
        } else {
            what = "feilet";
        }
        return serviceTitle + " " + what + ".";
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.forLanguageTag("nb-NO"), "%.1f", duration.toMillis() / 1000.0);
    }
}
