package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.Expr.cell;
import static no.arsberetning.common.checks.Expr.figure;
import static no.arsberetning.common.checks.SmallTables.data;
import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.numbers.NumberWords;
import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/** A cell that states its number loosely («~ 100 prosent») is compared as an approximation: ± 10 % of itself. */
class LooseCellsTest {

    private static Claim shareOfCounts() {
        return Claim.equal("table-value-differs-from-counts", cell("3", "anlegg", "verdi"),
                figure("fossilfrie").percentOf(figure("prosjekter")), "Tabellen skal stemme med tellingene i teksten");
    }

    private static ChapterData chapter(String cellText, String part, String whole) {
        return data(List.of(table("3", "mixed", List.of("indikator", "verdi"), row("anlegg", "line", "Andel fossilfrie", cellText))),
                SmallTables.figure("fossilfrie", part, "count", "var " + part + " fossilfrie"),
                SmallTables.figure("prosjekter", whole, "count", "Av " + whole + " prosjekter"));
    }

    @Test
    void aLooselyStatedCellReadsItsNumberAfterTheMarkerAndNothingElse() {
        assertThat(NumberWords.loose("~ 100 prosent")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(NumberWords.loose("om lag 1 250,5 %")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250.5"));
        assertThat(NumberWords.loose("100 prosent")).isEmpty();
        assertThat(NumberWords.loose("Økte ~ 5")).isEmpty();
    }

    @Test
    void aShareWithinTenPercentOfTheLooseCellHolds() {
        assertThat(shareOfCounts().check(chapter("~ 100 prosent", "59", "61"))).isEmpty();
        // 90 of 100 is exactly 10 % below «~ 100»: the edge still holds
        assertThat(shareOfCounts().check(chapter("~ 100 prosent", "90", "100"))).isEmpty();
    }

    @Test
    void aShareBeyondTenPercentOfTheLooseCellIsAFindingThatSaysTheTableStatedItLoosely() {
        assertThat(shareOfCounts().check(chapter("~ 100 prosent", "89", "100"))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isIn(Severity.WARNING, Severity.ERROR);
            assertThat(f.actual()).isEqualTo("~ 100 prosent");
            assertThat(f.message()).contains("omtrentlig angitt i tabellen");
        });
        assertThat(shareOfCounts().check(chapter("~ 100 prosent", "40", "61"))).hasValueSatisfying(f ->
                assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aCellWithoutANumberIsNotCompared() {
        assertThat(shareOfCounts().evaluable(chapter("ikke målt", "59", "61"))).isFalse();
    }
}
