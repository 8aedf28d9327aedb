package no.arsberetning.gateway.reports.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;

import org.junit.jupiter.api.Test;

/** Each value's first release: the earliest release, walked in order, that held an identical value at its place. */
class FirstReleasesTests {

    private static final ProvenanceEntry IMPORT = new ProvenanceEntry("p1", "file-import", "controller",
            Instant.parse("2024-02-01T09:00:00Z"), "drift.csv", "ab12", null, null);
    private static final ProvenanceEntry BY_HAND = new ProvenanceEntry("p2", "manual", "controller",
            Instant.parse("2024-03-01T09:00:00Z"), null, null, null, null);

    @Test
    void aValueChangedAfterTheFirstReleaseIsFirstPublishedByTheNext() {
        List<Chapter> release1 = report(table("100", "200", "300", null));
        List<Chapter> release2 = report(table("100", "250", "300", null));
        List<Chapter> current = report(table("100", "250", "999", "p2"));

        Table annotated = table(FirstReleases.annotate(current, List.of(
                new FirstReleases.Published(1, ReleaseValues.of(release1)),
                new FirstReleases.Published(2, ReleaseValues.of(release2)))));

        assertThat(entryOf(annotated, 0, 0)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo("file-import");
            assertThat(e.firstRelease()).isEqualTo(1);
        });
        assertThat(entryOf(annotated, 0, 1).firstRelease()).isEqualTo(2);
        assertThat(entryOf(annotated, 0, 1).fileName()).isEqualTo("drift.csv");
        assertThat(entryOf(annotated, 1, 0).kind()).isEqualTo("manual");
        assertThat(entryOf(annotated, 1, 0).firstRelease()).isNull();
        assertThat(annotated.provenance().get(0).firstRelease()).as("the most common origin is the default").isEqualTo(1);
        assertThat(annotated.rows().get(0).cells().get(0).provenance()).isNull();
        assertThat(annotated.provenance()).hasSize(3);
    }

    @Test
    void withoutReleasesNothingIsPublishedAndTheListStaysCompact() {
        Table annotated = table(FirstReleases.annotate(report(table("1", "2", "3", "p2")), List.of()));
        assertThat(annotated.provenance()).extracting(ProvenanceEntry::kind, ProvenanceEntry::firstRelease)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("file-import", null),
                        org.assertj.core.groups.Tuple.tuple("manual", null));
        assertThat(annotated.rows().get(0).cells()).extracting(Cell::provenance).containsOnlyNulls();
        assertThat(annotated.rows().get(1).cells().get(0).provenance()).isEqualTo("p2");
    }

    @Test
    void aTableWithoutProvenanceIsLeftAsItIs() {
        Table plain = new Table("1.1", "t", "MNOK", null, List.of(new Column("a", "A", "MNOK")),
                List.of(new Row("x", "line", List.of(Cell.of(BigDecimal.ONE, "1", "MNOK")))));
        List<Chapter> chapters = report(plain);
        assertThat(FirstReleases.annotate(chapters, List.of(new FirstReleases.Published(1, ReleaseValues.of(chapters)))))
                .isEqualTo(chapters);
    }

    private static ProvenanceEntry entryOf(Table table, int row, int column) {
        return table.provenanceOf(table.rows().get(row).cells().get(column));
    }

    private static Table table(List<Chapter> chapters) {
        return ((Block.TableBlock) chapters.get(0).sections().get(0).blocks().get(0)).table();
    }

    private static List<Chapter> report(Table table) {
        return List.of(new Chapter("1", "Økonomi", List.of(new Section("drift", "Drift", List.of(new Block.TableBlock(table))))));
    }

    private static Table table(String a, String b, String c, String cRef) {
        Row first = new Row("Skatt", "line", List.of(cell(a), cell(b)));
        Row second = new Row("Rammetilskudd", "line", List.of(cell(c).withProvenance(cRef), cell("50")));
        return new Table("1.1", "Driftsinntekter", "MNOK", null,
                List.of(new Column("regnskap", "Regnskap", "MNOK"), new Column("budsjett", "Budsjett", "MNOK")),
                List.of(first, second), List.of(IMPORT, BY_HAND));
    }

    private static Cell cell(String value) {
        return Cell.of(new BigDecimal(value), value, "MNOK");
    }
}
