package no.arsberetning.gateway.years;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The goal statuses of every published year ({@code GET /api/published/goal-statuses}): in each year's newest
 * release, how many indicators of all chapters' goals had each status — the reported one, or the computed one where
 * the report gives none (the fiscal rules). Counted once per release, which never changes.
 */
@Service
class GoalStatusHistory {

    private final PublishedYears years;
    private final Sources sources;
    private final ServiceClients clients;
    private final Map<String, Map<String, Integer>> counted = Collections.synchronizedMap(new LinkedHashMap<>());

    GoalStatusHistory(PublishedYears years, Sources sources, ServiceClients clients) {
        this.years = years;
        this.sources = sources;
        this.clients = clients;
    }

    Mono<List<YearStatuses>> all() {
        return years.newestReleases().flatMap(newest -> Flux.fromIterable(newest.entrySet())
                .concatMap(e -> counts(e.getKey(), e.getValue()).map(c -> new YearStatuses(e.getKey(), e.getValue(), c)))
                .collectList());
    }

    private Mono<Map<String, Integer>> counts(int year, int release) {
        String key = year + ":" + release;
        Map<String, Integer> known = counted.get(key);
        if (known != null) {
            return Mono.just(known);
        }
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> clients.of(source.id()).release(year, release))
                .collectList()
                .map(parts -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    for (GoalStatus status : GoalStatus.values()) {
                        counts.put(code(status), 0);
                    }
                    parts.stream().flatMap(p -> p.report().chapters().stream())
                            .flatMap(c -> c.sections().stream()).flatMap(s -> s.blocks().stream())
                            .filter(Block.Goals.class::isInstance)
                            .flatMap(b -> ((Block.Goals) b).goals().stream())
                            .flatMap(g -> g.indicators().stream())
                            .forEach(i -> counts.merge(code(status(i)), 1, Integer::sum));
                    Map<String, Integer> frozen = Collections.unmodifiableMap(counts);
                    counted.put(key, frozen);
                    return frozen;
                });
    }

    private static GoalStatus status(Goal.Indicator indicator) {
        if (indicator.reportedStatus() != null) {
            return indicator.reportedStatus();
        }
        return indicator.computedStatus() != null ? indicator.computedStatus() : GoalStatus.NOT_ASSESSED;
    }

    private static String code(GoalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One published year: its newest release and how many indicators had each status ({@code reached}, …). */
    record YearStatuses(int year, int release, Map<String, Integer> counts) {
    }

    @RestController
    static class Controller {

        private final GoalStatusHistory history;

        Controller(GoalStatusHistory history) {
            this.history = history;
        }

        @GetMapping("/api/published/goal-statuses")
        Mono<List<YearStatuses>> goalStatuses() {
            return history.all();
        }
    }
}
