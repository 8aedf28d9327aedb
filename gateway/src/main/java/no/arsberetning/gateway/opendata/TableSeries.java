package no.arsberetning.gateway.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.years.PublishedYears;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A published table across the years: the table of the same id (open data's: the printed number where unique) in
 * every year's newest complete release. Releases never change, so each release's tables are kept once read (at most
 * {@value #CACHED_RELEASES} releases).
 */
@Service
class TableSeries {

    static final int CACHED_RELEASES = 24;

    private final PublishedYears years;
    private final Sources sources;
    private final ServiceClients clients;
    private final String municipality;
    private final Cache<String, Published> releases = Caffeine.newBuilder().maximumSize(CACHED_RELEASES).build();

    TableSeries(PublishedYears years, Sources sources, ServiceClients clients,
            @Value("${arsberetning.municipality:Trondheim kommune}") String municipality) {
        this.years = years;
        this.sources = sources;
        this.clients = clients;
        this.municipality = municipality;
    }

    Mono<Series> of(String tableId) {
        return years.newestReleases().flatMap(newest -> Flux.fromIterable(newest.entrySet())
                .concatMap(e -> tables(e.getKey(), e.getValue()).map(published -> new Series.Point(e.getKey(), e.getValue(),
                        published.publishedAt(), published.tables().get(tableId))))
                .filter(p -> p.table() != null)
                .collectList()
                .map(points -> {
                    if (points.isEmpty()) {
                        throw new NoSuchElementException("Ingen publisert tabell «" + tableId + "»: se tabellene i "
                                + "/api/published/{år}/tables.");
                    }
                    return new Series(tableId, municipality, List.copyOf(points));
                }));
    }

    /** The tables of one release by id (read once). */
    private Mono<Published> tables(int year, int number) {
        String key = year + ":" + number;
        Published known = releases.getIfPresent(key);
        if (known != null) {
            return Mono.just(known);
        }
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> clients.of(source.id()).release(year, number))
                .collectList()
                .map(parts -> {
                    List<Chapter> chapters = new ArrayList<>();
                    parts.forEach(p -> chapters.addAll(p.report().chapters()));
                    Map<String, OpenTable> byId = new LinkedHashMap<>();
                    OpenTable.of(chapters).forEach(t -> byId.put(t.id(), t));
                    Published published = new Published(parts.get(0).publishedAt(), byId);
                    releases.put(key, published);
                    return published;
                });
    }

    private record Published(Instant publishedAt, Map<String, OpenTable> tables) {
    }

    /** A table in every year it was published: each year's release number and table. */
    record Series(String id, String municipality, List<Point> points) {

        record Point(int year, int release, Instant publishedAt, OpenTable table) {
        }
    }
}
