package no.arsberetning.gateway.releases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.provenance.FirstReleaseAnnotator;
import no.arsberetning.gateway.reports.provenance.FirstReleases;
import no.arsberetning.gateway.reports.provenance.ReleaseValues;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Unavailable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Annotates a composed report with the release that first published each of its values ({@link FirstReleases}):
 * walks the year's complete releases in order — up to the report's own release, or all for the working data.
 * Releases are immutable, so each one's values are fetched from the services once and kept; a release a service
 * cannot deliver now is left out (and asked for again next time). If the releases cannot be listed, the report is
 * returned as it is.
 */
@Component
public class ReleaseHistory implements FirstReleaseAnnotator {

    private static final Logger log = LoggerFactory.getLogger(ReleaseHistory.class);

    private final Publisher publisher;
    private final Sources sources;
    private final ServiceClients clients;
    private final Map<String, ReleaseValues> cache = new ConcurrentHashMap<>();

    ReleaseHistory(Publisher publisher, Sources sources, ServiceClients clients) {
        this.publisher = publisher;
        this.sources = sources;
        this.clients = clients;
    }

    @Override
    public Mono<ComposedReport> annotate(ComposedReport report) {
        Integer upTo = report.release() == null ? null : report.release().number();
        return publisher.list(report.year())
                .flatMapMany(releases -> Flux.fromIterable(releases.stream()
                        .filter(Release::complete)
                        .filter(r -> upTo == null || r.number() <= upTo)
                        .sorted(Comparator.comparingInt(Release::number))
                        .toList()))
                .concatMap(release -> values(report.year(), release.number())
                        .map(values -> new FirstReleases.Published(release.number(), values)))
                .collectList()
                .map(published -> withChapters(report, FirstReleases.annotate(report.chapters(), published)))
                .onErrorResume(e -> {
                    log.warn("Opphav: kunne ikke finne første utgave for {}: {}", report.year(), e.toString());
                    return Unavailable.instead(report);
                });
    }

    private Mono<ReleaseValues> values(int year, int number) {
        String key = year + ":" + number;
        ReleaseValues cached = cache.get(key);
        if (cached != null) {
            return Mono.just(cached);
        }
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> clients.of(source.id()).release(year, number))
                .collectList()
                .map(parts -> {
                    List<Chapter> chapters = new ArrayList<>();
                    parts.forEach(part -> chapters.addAll(part.report().chapters()));
                    ReleaseValues values = ReleaseValues.of(chapters);
                    cache.put(key, values);
                    return values;
                })
                .onErrorResume(e -> Unavailable.instead(Mono.empty()));
    }

    private static ComposedReport withChapters(ComposedReport r, List<Chapter> chapters) {
        return new ComposedReport(r.year(), r.title(), r.municipality(), r.composedAt(), r.release(), r.sources(), chapters,
                r.findings(), r.frontMatter());
    }
}
