package no.arsberetning.gateway.years;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import no.arsberetning.gateway.services.Unavailable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Service;

/**
 * Every reporting year across the services ({@code GET /api/years}): whether it is open everywhere (or an opening
 * is unfinished somewhere), where it was opened from, its sections by status summed over the services, and its
 * releases — those every service froze. Asked of all services at once, each within its time limit; a service that
 * does not answer is named, and the years are listed from the others.
 */
@Service
public class YearStates {

    private final Sources sources;
    private final ServiceClients clients;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;

    YearStates(Sources sources, ServiceClients clients, ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.sources = sources;
        this.clients = clients;
        this.breakers = breakers;
    }

    /** The years across services, oldest first. */
    public Mono<Years> all() {
        return Flux.fromIterable(sources.sources())
                // Counting a year's sections reads its tables: the list waits as long as the checks do.
                .flatMapSequential(source -> breakers.create(Sources.CHECKS_BREAKER_PREFIX + source.id() + "-years")
                        .run(clients.of(source.id(), YearsApi.class).years(), e -> Mono.error(e))
                        .map(list -> new Answer(source, list, null))
                        .onErrorResume(e -> Mono.just(new Answer(source, null, Unavailable.reason(source.title(), e,
                                sources.checksTimeLimit(), 0)))))
                .collectList()
                .map(this::merge);
    }

    private Years merge(List<Answer> answers) {
        Map<Integer, Map<String, YearsApi.ServiceYear>> byYear = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.years() == null) {
                unavailable.add(answer.reason());
                continue;
            }
            answer.years().forEach(y -> byYear.computeIfAbsent(y.year(), k -> new LinkedHashMap<>()).put(answer.source().id(), y));
        }
        int answered = answers.size() - unavailable.size();
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, perService) -> years.add(year(year, perService, answered, answers)));
        return new Years(years, unavailable);
    }

    private static Year year(int year, Map<String, YearsApi.ServiceYear> perService, int answered, List<Answer> answers) {
        int total = 0;
        int draft = 0;
        int submitted = 0;
        int approved = 0;
        int returned = 0;
        TreeSet<Integer> complete = null;
        Integer openedFrom = null;
        boolean open = perService.size() == answered;
        List<String> missingIn = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.years() != null && !perService.containsKey(answer.source().id())) {
                missingIn.add(answer.source().title());
            }
        }
        Map<String, ServiceState> services = new LinkedHashMap<>();
        for (Map.Entry<String, YearsApi.ServiceYear> entry : perService.entrySet()) {
            YearsApi.ServiceYear y = entry.getValue();
            open &= !"opening".equals(y.state());
            if (y.openedFrom() != null) {
                openedFrom = y.openedFrom();
            }
            if (y.sections() != null) {
                total += y.sections().total();
                draft += y.sections().draft();
                submitted += y.sections().submitted();
                approved += y.sections().approved();
                returned += y.sections().returned();
            }
            List<Integer> releases = y.releases() == null ? List.of() : y.releases();
            if (complete == null) {
                complete = new TreeSet<>(releases);
            } else {
                complete.retainAll(releases);
            }
            services.put(entry.getKey(), new ServiceState(y.state(), y.openedFrom(), y.sourceRelease(), y.sections(), releases));
        }
        List<Integer> releases = perService.size() == answers.size() && complete != null ? List.copyOf(complete) : List.of();
        return new Year(year, open ? "open" : "opening", openedFrom, new YearsApi.Sections(total, draft, submitted, approved,
                returned), releases, releases.isEmpty() ? null : releases.get(releases.size() - 1), missingIn, services);
    }

    private record Answer(Source source, List<YearsApi.ServiceYear> years, String reason) {
    }

    /**
     * @param unavailable the services that did not answer, and why
     */
    public record Years(List<Year> years, List<String> unavailable) {
    }

    /**
     * One reporting year across the services.
     *
     * @param state {@code open} when every service holds it and has finished opening it; {@code opening} when one has
     *        not (an interrupted opening: repeat it to finish)
     * @param releases the numbers of the releases every service froze (complete releases)
     * @param missingIn the services that do not hold the year
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Year(int year, String state, Integer openedFrom, YearsApi.Sections sections, List<Integer> releases,
            Integer newestRelease, List<String> missingIn, Map<String, ServiceState> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceState(String state, Integer openedFrom, Integer sourceRelease, YearsApi.Sections sections,
            List<Integer> releases) {
    }
}
