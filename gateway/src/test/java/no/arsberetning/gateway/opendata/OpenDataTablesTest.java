package no.arsberetning.gateway.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.ReleaseInfo;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import reactor.core.publisher.Mono;

class OpenDataTablesTest {

    private static final Instant PUBLISHED = Instant.parse("2024-04-02T10:15:30Z");
    private static final List<Chapter> CHAPTERS = List.of(new Chapter("4", "Barnehage",
            List.of(new Section("nokkeltall", "Nøkkeltall", List.of(new Block.TableBlock(TableFilesTest.KEY_FIGURES))))));

    static ComposedReport report(ReleaseInfo release, boolean allAvailable) {
        return new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.now(), release,
                List.of(new SourceStatus("finance", "Økonomitjenesten", List.of("1"), true, null, 0),
                        new SourceStatus("climate", "Klimatjenesten", List.of("3"), allAvailable, allAvailable ? null : "nede", 0)),
                CHAPTERS, List.of(), null);
    }

    /** Releases composed on demand, counted; a service is down while {@code down} is set. */
    static final class CountingReleases implements OpenDataTables.Published {
        final AtomicInteger composed = new AtomicInteger();
        volatile boolean down;

        @Override
        public Mono<ComposedReport> latest(int year) {
            return release(year, 2);
        }

        @Override
        public Mono<ComposedReport> release(int year, int number) {
            composed.incrementAndGet();
            return Mono.just(report(new ReleaseInfo(number, PUBLISHED, "controller", "hash-" + number, null), !down));
        }
    }

    @Test
    void theCurrentDataIsItsTablesWithoutARelease() {
        TableSet set = new OpenDataTables((OpenDataTables.Published) null, (year, findings) -> Mono.just(report(null, true))).current(2023).block();

        assertThat(set.info().release()).isNull();
        assertThat(set.tables()).extracting(OpenTable::id).containsExactly("4.4");
        assertThat(TableIndex.ofCurrent(set).tables().get(0).downloads()).extracting(TableIndex.Download::href)
                .containsExactly("/api/reports/2023/tables/4.4.csv", "/api/reports/2023/tables/4.4.xlsx", "/api/reports/2023/tables/4.4.json",
                        "/api/reports/2023/tables/4.4.csv-metadata.json");
        assertThat(TableIndex.ofCurrent(set).tables().get(0).downloads()).extracting(TableIndex.Download::format)
                .containsExactly("csv", "xlsx", "json-stat", "csvw");
    }

    @Test
    void aServiceThatIsDownIsA503NotAListWithTablesMissing() {
        OpenDataTables tables = new OpenDataTables((OpenDataTables.Published) null, (year, findings) -> Mono.just(report(null, false)));

        assertThatThrownBy(() -> tables.current(2023).block()).isInstanceOf(TablesUnavailableException.class)
                .hasMessageContaining("Klimatjenesten");
    }

    @Test
    void aReleaseIsRenderedOnceAndItsLinksNameItsNumber() {
        CountingReleases releases = new CountingReleases();
        OpenDataTables tables = new OpenDataTables(releases, null);

        TableIndex first = TableIndex.ofRelease(tables.release(2023, 2).block(Duration.ofSeconds(30)));
        TableIndex again = TableIndex.ofRelease(tables.release(2023, 2).block(Duration.ofSeconds(30)));

        assertThat(releases.composed).as("kept after the first time").hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(first.release()).isEqualTo(2);
        assertThat(first.contentHash()).isEqualTo("hash-2");
        assertThat(first.tables().get(0).downloads().get(2).href()).isEqualTo("/api/published/2023/2/tables/4.4.json");
        assertThat(TableIndex.ofRelease(tables.latestRelease(2023).block(Duration.ofSeconds(30)))).isEqualTo(first);
    }

    @Test
    void aReleaseComposedWhileAServiceIsDownIsRefusedAndNotKept() {
        CountingReleases releases = new CountingReleases();
        releases.down = true;
        OpenDataTables tables = new OpenDataTables(releases, null);

        assertThatThrownBy(() -> tables.release(2023, 3).block()).isInstanceOf(TablesUnavailableException.class);
        releases.down = false;
        assertThat(tables.release(2023, 3).block(Duration.ofSeconds(30)).files()).containsKey("4.4");
        assertThat(releases.composed).hasValue(2);
    }
}
