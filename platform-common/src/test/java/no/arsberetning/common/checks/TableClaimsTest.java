package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.data;
import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import org.junit.jupiter.api.Test;

/** The claims a table's structure implies: totals are sums, a deviation is budget minus actual with the table's sign. */
class TableClaimsTest {

    @Test
    void aDeviationWithTheWrongSignIsAnError() {
        // Table 6.1 as printed: actual 844,3, revised budget 852,7, deviation +8,4 (positive = underspending);
        // the row «feil» has the two amounts the other way round, so its deviation should be −8,4.
        ReportedTable table = table("6.1", "MNOK", List.of("regnskap", "revidert", "avvik"),
                row("kvalifisering", "line", "844,3", "852,7", "8,4"),
                row("feil", "line", "852,7", "844,3", "8,4"));
        List<Finding> findings = check(table, TableClaims.differences(table, "avvik", "revidert", "regnskap", 1, "deviation", ""));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.tables()).containsExactly("6.1");
            assertThat(f.expected()).isEqualTo("-8,4");
            assertThat(f.actual()).isEqualTo("8,4");
        });
    }

    @Test
    void aTotalOffByRoundingIsInfoAndOffByMoreIsAnError() {
        ReportedTable table = table("1.1", "MNOK", List.of("a", "b"),
                row("x", "line", "1,4", "10"),
                row("y", "line", "1,4", "10"),
                row("sum", "total", "2,9", "25"));
        List<Finding> findings = check(table, TableClaims.totals(table, Map.of(), "total"));
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.ERROR);
        assertThat(findings.get(1).expected()).isEqualTo("20");
    }

    @Test
    void aCorrectTableHasNoFindings() {
        ReportedTable table = table("4.1", "MNOK", List.of("regnskap", "revidert", "avvik"),
                row("barnehage", "line", "1 982,2", "1 992,7", "10,5"));
        assertThat(check(table, TableClaims.differences(table, "avvik", "revidert", "regnskap", 1, "deviation", ""))).isEmpty();
    }

    @Test
    void eachGroupsSubtotalAddsUpItsOwnLinesAndACombinedResultAddsUpTheNamedRows() {
        ReportedTable table = table("1.1", "MNOK", List.of("regnskap"),
                row("a", "line", "-100"), row("sum-inntekter", "subtotal", "-100"),
                row("b", "line", "30"), row("c", "line", "40"), row("sum-utgifter", "subtotal", "70"),
                row("resultat", "total", "-31"));
        List<Finding> findings = check(table, TableClaims.totals(table,
                Map.of("resultat", Set.of("sum-inntekter", "sum-utgifter")), "total"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("-30");
            assertThat(f.message()).startsWith("«resultat» i kolonnen «regnskap» er ikke summen av radene over");
        });
    }

    @Test
    void theSignConventionFollowsTheVerdictInTheMessage() {
        ReportedTable table = table("1.2", "MNOK", List.of("regnskap", "budsjett", "avvik"),
                row("barnehage", "line", "1 982,2", "1 992,7", "10,6"));
        List<Finding> findings = check(table, TableClaims.differences(table, "avvik", "budsjett", "regnskap", 1, "deviation",
                "Positivt avvik er mindreforbruk."));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("«avvik» for «barnehage» stemmer ikke med «budsjett» og «regnskap» (avrundingsdifferanse). "
                        + "Positivt avvik er mindreforbruk."));
    }

    private static List<Finding> check(ReportedTable table, List<Claim> claims) {
        ChapterData data = data(List.of(table));
        return claims.stream().map(c -> c.check(data)).flatMap(Optional::stream).toList();
    }
}
