package no.arsberetning.gateway.releases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.FrontMatter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.ReleaseInfo;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.services.ServiceApi.ReleasePart;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** A published release composed from the services' frozen parts: what the committee reads. */
@Service
public class PublishedReports {

    private final Sources sources;
    private final ServiceClients clients;
    private final Publisher publisher;
    private final ReleaseHistory history;
    private final String municipality;

    PublishedReports(Sources sources, ServiceClients clients, Publisher publisher, ReleaseHistory history,
            @Value("${arsberetning.municipality:Trondheim kommune}") String municipality) {
        this.sources = sources;
        this.clients = clients;
        this.publisher = publisher;
        this.history = history;
        this.municipality = municipality;
    }

    /** The newest complete release of the year. */
    public Mono<ComposedReport> latest(int year) {
        return newest(year).flatMap(this::compose);
    }

    public Mono<ComposedReport> release(int year, int number) {
        return numbered(year, number).flatMap(this::compose);
    }

    /** The newest complete release of the year, without its content; an error naming the year when there is none. */
    public Mono<Release> newest(int year) {
        return publisher.list(year).flatMap(releases -> releases.stream().filter(Release::complete)
                .reduce((a, b) -> b)
                .map(Mono::just)
                .orElseGet(() -> Mono.error(new NoSuchElementException("Årsberetningen for " + year + " er ikke publisert."))));
    }

    /** One complete release of the year, without its content; an error naming it when there is no such release. */
    public Mono<Release> numbered(int year, int number) {
        return publisher.list(year).flatMap(releases -> releases.stream().filter(r -> r.number() == number && r.complete())
                .findFirst()
                .map(Mono::just)
                .orElseGet(() -> Mono.error(new NoSuchElementException("Utgivelse " + number + " av årsberetningen for "
                        + year + " finnes ikke."))));
    }

    /** The release's frozen parts from every service, put together as the committee reads them. */
    public Mono<ComposedReport> compose(Release release) {
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> clients.of(source.id()).release(release.year(), release.number())
                        .map(part -> new Part(source, part, null))
                        .onErrorResume(e -> Mono.just(new Part(source, null, source.title() + " er ikke tilgjengelig nå."))))
                .collectList()
                .map(parts -> {
                    List<Chapter> chapters = new ArrayList<>();
                    List<SourceStatus> statuses = new ArrayList<>();
                    FrontMatter frontMatter = null;
                    for (Part part : parts) {
                        chapters.addAll(part.chapters());
                        if (frontMatter == null && part.release() != null) {
                            frontMatter = part.release().report().frontMatter();
                        }
                        statuses.add(new SourceStatus(part.source().id(), part.source().title(),
                                part.source().chapters().stream().map(Sources.ChapterTitle::number).toList(),
                                part.release() != null, part.reason(), 0));
                    }
                    ReleaseInfo info = new ReleaseInfo(release.number(), release.publishedAt(), release.publishedBy(),
                            release.contentHash(), release.overrideReason(), release.missingRequired());
                    return new ComposedReport(release.year(), "Årsberetning " + release.year(), municipality, Instant.now(),
                            info, statuses, chapters, List.of(), frontMatter);
                })
                .flatMap(history::annotate);
    }

    private record Part(Source source, ReleasePart release, String reason) {

        List<Chapter> chapters() {
            if (release != null) {
                return release.report().chapters();
            }
            return source.chapters().stream().map(c -> new Chapter(c.number(), c.title(), List.of(new Section("unavailable",
                    "Ikke tilgjengelig", List.of(new Block.Text("<p>" + reason + "</p>")))))).toList();
        }
    }
}
