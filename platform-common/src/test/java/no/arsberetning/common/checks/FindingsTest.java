package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.Expr.cell;
import static no.arsberetning.common.checks.Expr.count;
import static no.arsberetning.common.checks.Expr.figure;
import static no.arsberetning.common.checks.SmallTables.data;
import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/** One defect, one finding: findings about the same printed number are grouped, led by the most authoritative, then the most severe. */
class FindingsTest {

    private static Finding finding(String rule, Severity severity, String table, String... places) {
        return new Finding(rule, severity, List.of(table), List.of("skole"), rule + " fant avviket.", "8,4", "9,4",
                List.of(places), List.of());
    }

    @Test
    void findingsAboutTheSamePrintedNumberAreOneFindingThatNamesEveryRuleTableAndPlace() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("deviation", Severity.WARNING, "4.1", "4.1/skole/avvik"),
                finding("area-total", Severity.ERROR, "1.2", "4.1/skole/avvik"),
                finding("explanation", Severity.WARNING, "4.1", "tekst:skole-merforbruk", "4.1/skole/avvik"),
                finding("other", Severity.ERROR, "5.1", "5.1/helse/avvik")));
        assertThat(grouped).hasSize(2);
        Finding one = grouped.get(0);
        assertThat(one.rule()).isEqualTo("area-total");
        assertThat(one.severity()).isEqualTo(Severity.ERROR);
        assertThat(one.rules()).containsExactly("area-total", "deviation", "explanation");
        assertThat(one.tables()).containsExactly("1.2", "4.1");
        assertThat(one.places()).containsExactly("4.1/skole/avvik", "tekst:skole-merforbruk");
        assertThat(one.message()).startsWith("area-total fant avviket.").contains("2 kontroller til")
                .contains("deviation: deviation fant avviket.");
        assertThat(grouped.get(1).rule()).isEqualTo("other");
    }

    @Test
    void aWrongCountAndAShareComputedFromItAreTwoDefectsButTwoChecksOfTheSameCountAreOne() {
        // 2.11: 379 of 15 209 is 2,49 %, printed «2,50 %» (false precision); 15 209 is one more than 2.4 and 2.1 say
        ChapterData data = data(List.of(
                table("2.11", "count", List.of("kvinner", "ansatte", "andel"), row("permisjon", "line", "379", "15 209", "2,50 %")),
                table("2.4", "count", List.of("ansatte"), row("sluttsum", "total", "15 208")),
                table("2.1", "count", List.of("ansatte"), row("sluttsum", "total", "15 208"))));
        List<Claim> claims = List.of(
                Claim.equal("share", cell("2.11", "permisjon", "andel"),
                        count("2.11", "permisjon", "kvinner").percentOf(count("2.11", "permisjon", "ansatte")), "Andelen stemmer ikke"),
                Claim.equal("against-2.4", count("2.11", "permisjon", "ansatte"), count("2.4", "sluttsum", "ansatte"),
                        "Antallet stemmer ikke med 2.4"),
                Claim.equal("against-2.1", count("2.11", "permisjon", "ansatte"), count("2.1", "sluttsum", "ansatte"),
                        "Antallet stemmer ikke med 2.1"));
        List<Finding> findings = claims.stream().flatMap(c -> c.check(data).stream()).toList();
        assertThat(findings).extracting(Finding::rule).containsExactly("share", "against-2.4", "against-2.1");

        List<Finding> grouped = Findings.grouped(findings);

        assertThat(grouped).hasSize(2);
        assertThat(grouped.get(0).rule()).isEqualTo("share");
        assertThat(grouped.get(0).places()).containsExactly("2.11/permisjon/andel");
        assertThat(grouped.get(1).rules()).containsExactly("against-2.4", "against-2.1");
        assertThat(grouped.get(1).places()).containsExactly("2.11/permisjon/ansatte", "2.4/sluttsum/ansatte", "2.1/sluttsum/ansatte");
        assertThat(grouped.get(1).tables()).containsExactly("2.11", "2.4", "2.1");
    }

    @Test
    void aTextThatRestatesAWrongCellIsTheSameDefectAsTheCellsOwnCheck() {
        // 844,3 − 852,7 = −8,4, printed 8,4; the text's «merforbruk på 8,4» restates the cell with the other sign
        ChapterData data = data(List.of(table("6.1", "MNOK", List.of("regnskap", "budsjett", "avvik"),
                row("sum", "total", "852,7", "844,3", "8,4"))), SmallTables.figure("merforbruk", "8,4", "MNOK", "merforbruk på 8,4"));
        List<Finding> findings = java.util.stream.Stream.of(
                Claim.equal("deviation", cell("6.1", "sum", "avvik"), cell("6.1", "sum", "budsjett").minus(cell("6.1", "sum", "regnskap")),
                        "Avviket stemmer ikke"),
                Claim.equal("explanation", figure("merforbruk"), cell("6.1", "sum", "avvik").negated(), "Forklaringen stemmer ikke"))
                .flatMap(c -> c.check(data).stream()).toList();
        assertThat(findings).hasSize(2);

        assertThat(Findings.grouped(findings)).singleElement().satisfies(f -> {
            assertThat(f.rules()).containsExactly("deviation", "explanation");
            assertThat(f.places()).containsExactly("6.1/sum/avvik", "tekst:merforbruk");
        });
    }

    @Test
    void theLeadIsTheMostAuthoritative() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("restatement", Severity.ERROR, "1.2", "1.2/skole/avvik"),
                finding("accounts", Severity.ERROR, "4.1", "1.2/skole/avvik")),
                f -> f.rule().equals("accounts") ? 0 : 1);
        assertThat(grouped).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("accounts"));
    }

    private static final List<String> ACCOUNTS = List.of("regnskap", "revidert", "opprinnelig", "avvik");

    /** The area's deviation, diagnosed as shifted budget columns where it is original budget − actual. */
    private static Claim deviationOf(String table) {
        return Claim.equal("deviation", cell(table, "sum", "avvik"), cell(table, "sum", "revidert").minus(cell(table, "sum", "regnskap")),
                "Avviket stemmer ikke").orIf(new Claim.Diagnosis("columns-shifted",
                        cell(table, "sum", "opprinnelig").minus(cell(table, "sum", "regnskap")), "Kolonnene er forskjøvet")
                        .involving(cell(table, "sum", "revidert"), cell(table, "sum", "opprinnelig")));
    }

    /** The area's budgets in its own table against the accounts table that is their source, as the gateway compares them. */
    private static List<Claim> restatements(String table) {
        return List.of("revidert", "opprinnelig").stream().map(column -> Claim.equal("restatement", cell(table, "sum", column),
                cell("1.2", "sum", column), "Stemmer ikke med tabell 1.2")).toList();
    }

    private static List<Finding> found(ChapterData data, String table) {
        List<Claim> claims = new ArrayList<>(List.of(deviationOf(table)));
        claims.addAll(restatements(table));
        return claims.stream().flatMap(c -> c.check(data).stream()).toList();
    }

    @Test
    void shiftedBudgetColumnsAreOneDefectWithTheRestatementsOfBothBudgetsLedByTheAuthoritativeSide() {
        // 1.2: actual 326, revised 344, original 329; 7.1 prints the actual in the revised column and the revised in the
        // original column, so its deviation 18,1 is «original − actual» and both budgets differ from 1.2
        ChapterData data = data(List.of(table("1.2", "MNOK", ACCOUNTS, row("sum", "total", "326", "344", "329", "18")),
                table("7.1", "MNOK", ACCOUNTS, row("sum", "total", "325,9", "325,9", "344,0", "18,1"))));
        List<Finding> findings = found(data, "7.1");
        assertThat(findings).extracting(Finding::rule).containsExactly("columns-shifted", "restatement", "restatement");
        assertThat(findings.get(0).places()).containsExactly("7.1/sum/avvik", "7.1/sum/revidert", "7.1/sum/opprinnelig");

        List<Finding> grouped = Findings.grouped(findings, f -> f.rule().equals("restatement") ? 0 : 1);

        assertThat(grouped).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("restatement");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("344,0");
            assertThat(f.actual()).isEqualTo("325,9");
            assertThat(f.rules()).containsExactly("restatement", "columns-shifted");
            assertThat(f.places()).containsExactlyInAnyOrder("7.1/sum/avvik", "7.1/sum/revidert", "7.1/sum/opprinnelig",
                    "1.2/sum/revidert", "1.2/sum/opprinnelig");
            assertThat(f.message()).contains("2 kontroller til", "Kolonnene er forskjøvet");
        });
    }

    @Test
    void aWrongDeviationWithoutAColumnDiagnosisStaysApartFromAWrongBudget() {
        // 7.1's revised budget is 340,0 against 1.2's 344, and its deviation 20,0 is neither revised nor original − actual:
        // two printed mistakes in two places, so two findings
        ChapterData data = data(List.of(table("1.2", "MNOK", ACCOUNTS, row("sum", "total", "326", "344", "329", "18")),
                table("7.1", "MNOK", ACCOUNTS, row("sum", "total", "325,9", "340,0", "329,0", "20,0"))));
        List<Finding> findings = found(data, "7.1");
        assertThat(findings).extracting(Finding::rule).containsExactly("deviation", "restatement");
        assertThat(findings.get(0).places()).containsExactly("7.1/sum/avvik");

        assertThat(Findings.grouped(findings, f -> f.rule().equals("restatement") ? 0 : 1)).hasSize(2);
    }

    @Test
    void theAuthoritativeLeadKeepsItsValuesButTheGroupIsAsSevereAsItsMostSevereFinding() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("columns-swapped", Severity.ERROR, "15.1", "15.1/sum/avvik", "15.1/sum/revidert", "15.1/sum/opprinnelig"),
                finding("restatement", Severity.WARNING, "15.1", "15.1/sum/revidert", "1.2/sum/revidert")),
                f -> f.rule().equals("restatement") ? 0 : 1);
        assertThat(grouped).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("restatement");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rules()).containsExactly("restatement", "columns-swapped");
        });
    }

    @Test
    void roundingDifferencesAndFindingsWithoutPlacesStandAlone() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("a", Severity.INFO, "4.1", "4.1/skole/avvik"),
                finding("b", Severity.WARNING, "4.1", "4.1/skole/avvik"),
                new Finding("missing", Severity.WARNING, List.of(), List.of(), "Mangler.", null, null),
                new Finding("missing-too", Severity.WARNING, List.of(), List.of(), "Mangler.", null, null)));
        assertThat(grouped).extracting(Finding::rule).containsExactly("a", "b", "missing", "missing-too");
    }
}
