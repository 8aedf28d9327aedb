package no.arsberetning.gateway.years;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.web.service.annotation.GetExchange;

/**
 * The years that were published and each year's newest complete release (one every service froze), from every
 * service's list of releases ({@code GET <prefix>/releases}, which the committee may read too). A service that does
 * not answer fails the call: history with a year missing would read as a gap that is not there.
 */
@Service
public class PublishedYears {

    private final Sources sources;
    private final ServiceClients clients;

    PublishedYears(Sources sources, ServiceClients clients) {
        this.sources = sources;
        this.clients = clients;
    }

    /** Each published year's newest complete release, by year (oldest first). */
    public Mono<Map<Integer, Integer>> newestReleases() {
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> clients.of(source.id(), ReleasesApi.class).all()
                        .timeout(sources.checksTimeLimit()))
                .collectList()
                .map(PublishedYears::complete);
    }

    private static Map<Integer, Integer> complete(List<List<ReleasesApi.Release>> perService) {
        Map<Integer, TreeSet<Integer>> common = new TreeMap<>();
        boolean first = true;
        for (List<ReleasesApi.Release> releases : perService) {
            Map<Integer, TreeSet<Integer>> own = new TreeMap<>();
            releases.forEach(r -> own.computeIfAbsent(r.year(), y -> new TreeSet<>()).add(r.number()));
            if (first) {
                common.putAll(own);
                first = false;
            } else {
                common.keySet().retainAll(own.keySet());
                common.forEach((year, numbers) -> numbers.retainAll(own.get(year)));
            }
        }
        Map<Integer, Integer> newest = new TreeMap<>();
        common.forEach((year, numbers) -> {
            if (!numbers.isEmpty()) {
                newest.put(year, numbers.last());
            }
        });
        return newest;
    }

    /** A service's releases of every year, without content. */
    interface ReleasesApi {

        @GetExchange("/releases")
        Mono<List<Release>> all();

        record Release(int year, int number, Instant publishedAt) {
        }
    }
}
