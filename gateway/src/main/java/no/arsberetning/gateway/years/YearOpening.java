package no.arsberetning.gateway.years;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import no.arsberetning.gateway.services.Unavailable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Opens a year in every service ({@code POST /api/years}). First every service's years are read, and a request one
 * of them would refuse (no {@code from} to open from, the year opened from another year, or holding data it was not
 * opened with) is refused before anything is written. Then every service opens its part at once. Each service's
 * opening is idempotent, so a call that a service did not answer is finished by repeating it, and the answer says
 * which service it was: nothing is half-opened silently.
 */
@Service
class YearOpening {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sources sources;
    private final ServiceClients clients;
    private final YearStates states;
    private final Duration timeLimit;

    YearOpening(Sources sources, ServiceClients clients, YearStates states,
            @Value("${arsberetning.years.opening-time-limit:120s}") Duration timeLimit) {
        this.sources = sources;
        this.clients = clients;
        this.states = states;
        this.timeLimit = timeLimit;
    }

    Mono<Outcome> open(int year, int from) {
        return states.all().flatMap(known -> {
            if (!known.unavailable().isEmpty()) {
                return Mono.just(Outcome.unavailable(year, from, known.unavailable(), List.of()));
            }
            Outcome refused = precheck(year, from, known);
            if (refused != null) {
                return Mono.just(refused);
            }
            return Flux.fromIterable(sources.sources())
                    .flatMapSequential(source -> openIn(source, year, from))
                    .collectList()
                    .map(parts -> Outcome.of(year, from, parts));
        });
    }

    /** What a service would refuse, found in the years every service lists; null when none would. */
    private Outcome precheck(int year, int from, YearStates.Years known) {
        YearStates.Year source = known.years().stream().filter(y -> y.year() == from).findFirst().orElse(null);
        if (source == null || !source.missingIn().isEmpty()) {
            String where = source == null ? "" : " i " + String.join(", ", source.missingIn());
            return Outcome.refused(year, from, "from-missing", "Det finnes ingen data for " + from + where + " å åpne "
                    + year + " fra.");
        }
        YearStates.Year target = known.years().stream().filter(y -> y.year() == year).findFirst().orElse(null);
        if (target == null) {
            return null;
        }
        for (Map.Entry<String, YearStates.ServiceState> s : target.services().entrySet()) {
            Integer openedFrom = s.getValue().openedFrom();
            if (openedFrom == null) {
                return Outcome.refused(year, from, "year-has-data", year + " har allerede data som ikke er åpnet fra " + from
                        + " (" + title(s.getKey()) + ").");
            }
            if (openedFrom != from) {
                return Outcome.refused(year, from, "opened-from-another-year", year + " er allerede åpnet fra " + openedFrom
                        + ", ikke fra " + from + ".");
            }
        }
        return null;
    }

    private Mono<Part> openIn(Source source, int year, int from) {
        return clients.of(source.id(), YearsApi.class).open(new YearsApi.OpenRequest(year, from))
                .timeout(timeLimit)
                .map(answer -> new Part(source.id(), source.title(), answer.getStatusCode().value(), answer.getBody(), null, null))
                .onErrorResume(e -> Mono.just(failed(source, e, year)));
    }

    private Part failed(Source source, Throwable e, int year) {
        if (e instanceof WebClientResponseException response && response.getStatusCode().is4xxClientError()) {
            JsonNode problem = problem(response);
            return new Part(source.id(), source.title(), response.getStatusCode().value(), null,
                    problem.path("reason").isMissingNode() ? null : problem.path("reason").asString(),
                    problem.path("detail").asString(response.getStatusText()));
        }
        return new Part(source.id(), source.title(), HttpStatus.SERVICE_UNAVAILABLE.value(), null, "unavailable",
                Unavailable.reason(source.title(), e, timeLimit, year));
    }

    private static JsonNode problem(WebClientResponseException response) {
        try {
            return JSON.readTree(response.getResponseBodyAsString());
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }

    private String title(String sourceId) {
        return sources.sources().stream().filter(s -> s.id().equals(sourceId)).map(Source::title).findFirst().orElse(sourceId);
    }

    /**
     * One service's answer.
     *
     * @param status the service's HTTP status (503 when it did not answer)
     * @param opened what the service holds of the opened year, when it answered 200 or 201
     * @param reason why it refused (a 409's reason), or {@code unavailable}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Part(String service, String title, int status, YearsApi.OpenedYear opened, String reason, String detail) {

        boolean ok() {
            return status == 200 || status == 201;
        }
    }

    /**
     * The whole answer: {@code status} is 201 when a service opened its part now, 200 when every part was open
     * already, 409/400 when refused (with {@code reason}), 503 when a service did not answer (named in {@code detail};
     * repeat the call to finish).
     *
     * @param created what the year holds from the opening, summed over the services (tables, texts, sections, goals …)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outcome(@JsonIgnore int status, int year, int from, String state, String reason, String detail, Map<String, Integer> created,
            List<Part> services) {

        static Outcome of(int year, int from, List<Part> parts) {
            List<Part> failed = parts.stream().filter(p -> !p.ok()).toList();
            Map<String, Integer> created = new LinkedHashMap<>();
            parts.stream().filter(Part::ok).forEach(p -> p.opened().created().forEach((k, v) -> created.merge(k, v, Integer::sum)));
            if (failed.isEmpty()) {
                boolean now = parts.stream().anyMatch(p -> p.status() == 201);
                return new Outcome(now ? 201 : 200, year, from, "open", null, null, created, parts.stream()
                        .map(p -> new Part(p.service(), p.title(), 200, p.opened(), null, null)).toList());
            }
            List<String> opened = parts.stream().filter(Part::ok).map(Part::title).toList();
            boolean unavailable = failed.stream().anyMatch(p -> p.status() >= 500);
            String detail = String.join(" ", failed.stream().map(Part::detail).toList())
                    + (opened.isEmpty() ? "" : " " + year + " er åpnet i " + String.join(", ", opened) + ".")
                    + (unavailable ? " Gjenta kallet for å fullføre åpningen." : "");
            int status = unavailable ? 503 : failed.get(0).status();
            return new Outcome(status, year, from, opened.isEmpty() ? null : "opening",
                    unavailable ? "unavailable" : failed.get(0).reason(), detail, created, parts);
        }

        static Outcome refused(int year, int from, String reason, String detail) {
            return new Outcome(409, year, from, null, reason, detail, null, null);
        }

        static Outcome unavailable(int year, int from, List<String> reasons, List<Part> parts) {
            return new Outcome(503, year, from, null, "unavailable", String.join(" ", reasons)
                    + " Ingenting er åpnet; prøv igjen når alle tjenestene svarer.", null, parts);
        }
    }
}
