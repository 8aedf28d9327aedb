package no.arsberetning.gateway.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.reports.ReportComposer;
import no.arsberetning.gateway.releases.PublishedReports;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The tables of a published release or of the current data, with their rendered downloads. A release is
 * immutable, so its files are rendered once and kept (a few releases at most); a release composed while a
 * service was down is refused (503), never served or kept with tables missing.
 */
@Service
class OpenDataTables {

    private static final int KEPT_RELEASES = 8;

    private final Published published;
    private final ReportComposer composer;
    private final Map<String, Mono<ReleaseFiles>> releases = new LinkedHashMap<>();

    @Autowired
    OpenDataTables(PublishedReports published, ReportComposer composer) {
        this(new Published() {
            @Override
            public Mono<ComposedReport> latest(int year) {
                return published.latest(year);
            }

            @Override
            public Mono<ComposedReport> release(int year, int number) {
                return published.release(year, number);
            }
        }, composer);
    }

    OpenDataTables(Published published, ReportComposer composer) {
        this.published = published;
        this.composer = composer;
    }

    /** Where published releases come from (the gateway's {@link PublishedReports}). */
    interface Published {
        Mono<ComposedReport> latest(int year);

        Mono<ComposedReport> release(int year, int number);
    }

    Mono<ReleaseFiles> latestRelease(int year) {
        return published.latest(year).flatMap(this::releaseFiles);
    }

    Mono<ReleaseFiles> release(int year, int number) {
        Mono<ReleaseFiles> kept;
        synchronized (releases) {
            kept = releases.get(year + "/" + number);
        }
        return kept != null ? kept : published.release(year, number).flatMap(this::releaseFiles);
    }

    /** The current (working) data's tables; files are rendered by the caller, as needed. */
    Mono<TableSet> current(int year) {
        return composer.compose(year, false).map(report -> {
            requireComplete(report);
            return new TableSet(new DatasetInfo(year, null, report.composedAt(), report.municipality()), null,
                    OpenTable.of(report.chapters()));
        });
    }

    private Mono<ReleaseFiles> releaseFiles(ComposedReport report) {
        requireComplete(report);
        String key = report.year() + "/" + report.release().number();
        synchronized (releases) {
            Mono<ReleaseFiles> kept = releases.get(key);
            if (kept != null) {
                return kept;
            }
            TableSet set = new TableSet(new DatasetInfo(report.year(), report.release().number(), report.release().publishedAt(),
                    report.municipality()), report.release().contentHash(), OpenTable.of(report.chapters()));
            Mono<ReleaseFiles> rendering = Mono.fromCallable(() -> ReleaseFiles.render(set))
                    .subscribeOn(Schedulers.boundedElastic())
                    .doOnError(e -> forget(key))
                    .cache();
            releases.put(key, rendering);
            while (releases.size() > KEPT_RELEASES) {
                releases.remove(releases.keySet().iterator().next());
            }
            return rendering;
        }
    }

    private void forget(String key) {
        synchronized (releases) {
            releases.remove(key);
        }
    }

    private static void requireComplete(ComposedReport report) {
        List<SourceStatus> missing = report.sources().stream().filter(s -> !s.available()).toList();
        if (!missing.isEmpty()) {
            throw new TablesUnavailableException("Tabellene kan ikke listes nå: " + missing.stream().map(SourceStatus::title)
                    .collect(Collectors.joining(", ")) + " svarer ikke. Prøv igjen om litt.");
        }
    }

    /** A release's tables with every download rendered, by table id. */
    record ReleaseFiles(TableSet set, Map<String, Map<TableFormat, TableSet.Rendered>> files) {

        static ReleaseFiles render(TableSet set) {
            Map<String, Map<TableFormat, TableSet.Rendered>> files = new LinkedHashMap<>();
            set.tables().forEach(t -> files.put(t.id(), set.render(t)));
            return new ReleaseFiles(set, files);
        }

        TableSet.Rendered file(String id, TableFormat format) {
            set.table(id);
            return files.get(id).get(format);
        }
    }
}
