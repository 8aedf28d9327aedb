package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import org.junit.jupiter.api.Test;

/**
 * A wrong input cell that breaks its own table's sum and the place printing what it should be is one finding
 * naming the cell, with the value the other numbers give as {@code expected}.
 */
class InputCellsTest {

    /** Chapter 1's table by area, each area's own accounts table, and the claims between them. */
    private static List<Finding> check(String skoleInOverview, String overviewTotal, String skoleTotal, String helseTotal) {
        ReportedTable overview = table("1.2", "MNOK", List.of("regnskap"),
                row("skole", "line", skoleInOverview), row("helse", "line", "200,0"), row("sum", "total", overviewTotal));
        ReportedTable skole = table("4.1", "MNOK", List.of("regnskap"), row("sum", "total", skoleTotal));
        ReportedTable helse = table("9.1", "MNOK", List.of("regnskap"), row("sum", "total", helseTotal));
        ChapterData data = SmallTables.data(List.of(overview, skole, helse));
        List<Claim> claims = new ArrayList<>(TableClaims.totals(overview, Map.of(), "table-sum"));
        claims.add(Claim.equal("area-matches-accounts", Expr.cell("1.2", "skole", "regnskap"), Expr.cell("4.1", "sum", "regnskap"),
                "Området skal stemme med sitt regnskap"));
        claims.add(Claim.equal("area-matches-accounts", Expr.cell("1.2", "helse", "regnskap"), Expr.cell("9.1", "sum", "regnskap"),
                "Området skal stemme med sitt regnskap"));
        List<Finding> findings = claims.stream().map(c -> c.check(data)).flatMap(Optional::stream).toList();
        return InputCells.explained(claims, data, findings);
    }

    @Test
    void numbersThatAgreeAreLeftAlone() {
        assertThat(check("100,0", "300,0", "100,0", "200,0")).isEmpty();
    }

    @Test
    void aWrongLineBreakingItsSumAndItsAccountsIsOneFindingNamingTheCell() {
        // 1.2 prints 190,0 for skole; its accounts table and 1.2's own sum both say 100,0
        assertThat(check("190,0", "300,0", "100,0", "200,0")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(InputCells.RULE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("100,0");
            assertThat(f.actual()).isEqualTo("190,0");
            assertThat(f.places()).startsWith("1.2/skole/regnskap").contains("1.2/sum/regnskap");
            assertThat(f.rules()).containsExactly(InputCells.RULE, "table-sum", "area-matches-accounts");
            assertThat(f.tables()).containsExactly("1.2", "4.1");
            assertThat(f.message()).contains("Én feil celle forklarer 2 avvik").contains("«regnskap» for «skole» i tabell 1.2")
                    .contains("Forventet verdi").contains("er ikke summen av radene over");
        });
    }

    @Test
    void aLineRightAtItsPrecisionIsJudgedByRoundingAndNotGrouped() {
        // 100,04 would be 100,0: the sum's 300,1 is within the rounding of its two lines, nothing is wrong
        assertThat(check("100,0", "300,1", "100,0", "200,0")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aWrongLineWhoseChangeWouldBreakAnIdentityThatHoldsIsNotTheExplanation() {
        // skole is 190,0 in 1.2 and in its own table: the sum is what is wrong, one finding at its own place
        assertThat(check("190,0", "300,0", "190,0", "200,0")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("table-sum");
            assertThat(f.places()).containsExactly("1.2/sum/regnskap");
        });
    }

    @Test
    void twoIndependentDefectsStayTwoFindings() {
        // the sum is wrong by itself, and helse's accounts table disagrees with 1.2 by itself
        List<Finding> found = check("100,0", "310,0", "100,0", "250,0");
        assertThat(found).extracting(Finding::rule).containsExactlyInAnyOrder("table-sum", "area-matches-accounts");
    }

    @Test
    void aLineAndTheSumPrintedFromItAreOneDefectNamingTheLine() {
        // a deviation line typed 12,8 for 13,2, and the table's deviation sum added up from it
        ReportedTable investments = table("1.4", "MNOK", List.of("regnskap", "budsjett", "avvik"),
                row("a", "line", "26,8", "40,0", "12,8"), row("b", "line", "100,0", "150,0", "50,0"),
                row("sum", "total", "126,8", "190,0", "62,8"));
        ChapterData data = SmallTables.data(List.of(investments));
        List<Claim> claims = new ArrayList<>(TableClaims.totals(investments, Map.of(), "table-sum"));
        claims.addAll(TableClaims.differences(investments, "avvik", "budsjett", "regnskap", 1, "deviation", ""));
        List<Finding> findings = claims.stream().map(c -> c.check(data)).flatMap(Optional::stream).toList();
        assertThat(findings).hasSize(2);
        assertThat(InputCells.explained(claims, data, findings)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(InputCells.RULE);
            assertThat(f.expected()).isEqualTo("13,2");
            assertThat(f.actual()).isEqualTo("12,8");
            assertThat(f.message()).contains("«avvik» for «sum» i tabell 1.4 (62,8, skal være 63,2) er regnet fra den");
            assertThat(f.places()).contains("1.4/a/avvik", "1.4/sum/avvik");
        });
    }
}
