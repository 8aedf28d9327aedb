package no.arsberetning.finance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.StatedClaims;
import no.arsberetning.common.figures.StatedClaim;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import no.arsberetning.common.tables.TableRow;
import org.junit.jupiter.api.Test;

/**
 * The rules on small tables written for the purpose: a consistent table gives no finding, each kind of
 * printed mistake gives the finding it should, with the sign conventions of chapter 1.
 */
class FinanceChecksTest {

    private static final List<String> STATEMENT_COLUMNS = List.of("regnskap", "regnskap-2", "revidert", "opprinneli", "kolonne-5");

    @Test
    void aConsistentOperatingStatementHasNoFindings() {
        ChapterData data = new ChapterData(2023, List.of(statement("-100", "-30", "-130")), List.of());
        assertThat(new Sums().check(data)).isEmpty();
        assertThat(new Deviations().check(data)).isEmpty();
        assertThat(new CrossChecks().check(data)).isEmpty();
    }

    @Test
    void aSubtotalThatIsNotItsSumIsAnErrorWithExpectedAndActual() {
        ChapterData data = new ChapterData(2023, List.of(statement("-100", "-30", "-140")), List.of());
        List<Finding> findings = new Sums().check(data);
        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::tables, Finding::expected, Finding::actual)
                .contains(org.assertj.core.groups.Tuple.tuple("total-equals-sum", Severity.ERROR, List.of("1.1"), "-130", "-140"));
    }

    @Test
    void aDeviationWithTheWrongSignIsAnErrorNamingTheConvention() {
        // revised -120, actual -130 (higher income): deviation = revised − actual = +10; printed -10
        ReportedTable table = table("1.1", STATEMENT_COLUMNS,
                row("rammetilskudd", "line", "-90", "-130", "-120", "-120", "-10"));
        List<Finding> findings = new Deviations().check(new ChapterData(2023, List.of(table), List.of()));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("deviation-equals-budget-minus-actual");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("10");
            assertThat(f.actual()).isEqualTo("-10");
            assertThat(f.message()).contains("inntekter er negative");
        });
    }

    @Test
    void theBalanceIdentityComparesAssetsWithNegativeEquityAndLiabilities() {
        ReportedTable assets = table("1.6", List.of("regnskap-2023", "regnskap-2022"), row("sum-eiendeler", "total", "100", "90"));
        ReportedTable holding = table("1.7", List.of("kolonne-1", "regnskap-2023", "regnskap-2022"),
                row("sum-egenkapital-og-gjeld", "total", "", "-100", "-91"));
        List<Finding> findings = new CrossChecks().check(new ChapterData(2023, List.of(assets, holding), List.of()));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("balance-identity");
            assertThat(f.tables()).containsExactly("1.6", "1.7");
            assertThat(f.expected()).isEqualTo("91");
            assertThat(f.actual()).isEqualTo("90");
        });
    }

    @Test
    void lineTwentySevenIsTheSumOfTheSubtotalsSixFourteenNineteenAndTwentySix() {
        List<String> columns = List.of("regnskap-2023", "revidert-budsjett-2023", "avvik");
        ReportedTable investments = table("1.3", columns,
                row("1-investeringer-i-varige-driftsmidler", "line", "10", "12", "2"),
                row("6-sum-investeringsutgifter", "subtotal", "10", "12", "2"),
                row("13-bruk-av-lan", "line", "-7", "-9", "-2"),
                row("14-sum-investeringsinntekter", "subtotal", "-7", "-9", "-2"),
                row("15-videreutlan", "line", "1", "1", "0"),
                row("19-netto-utgifter-videreutlan", "subtotal", "1", "1", "0"),
                row("20-overforing-fra-drift", "line", "-4", "-4", "0"),
                row("26-sum-overforing-fra-drift-og-netto-avsetninger", "subtotal", "-4", "-4", "0"),
                row("27-fremfort-til-inndekning-i-senere-ar-udekket-belop", "total", "0", "1", "0"));
        List<Finding> findings = new Sums().check(new ChapterData(2023, List.of(investments), List.of()));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("«27-fremfort-til-inndekning-i-senere-ar-udekket-belop»").contains("«revidert-budsjett-2023»");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.expected()).isEqualTo("0");
            assertThat(f.actual()).isEqualTo("1");
        });
    }

    /** The demo chapter's claim about its income figure, as chapter-1.json states it. */
    private static final StatedClaim INCOME = new StatedClaim("{driftsinntekter-2023}", "equals",
            "-[1.1|sum-driftsinntekter|regnskap-2]", null, "Teksten skal stemme med sum driftsinntekter 2023 i tabell 1.1", null, null);
    private static final StatedClaim RATIO = new StatedClaim("{netto-driftsresultat-andel-driftsinntekter-2023}", "equals",
            "[1.1|netto-driftsresultat|regnskap-2] % [1.1|sum-driftsinntekter|regnskap-2]", "ratio-matches-inputs", null, null, null);

    @Test
    void aFigureInTheTextIsComparedAtItsOwnPrecisionAndWithTheTablesSign() {
        ReportedTable statement = statement("-19 472", "0", "-19 472");
        assertThat(findings(statement, INCOME, figure("driftsinntekter-2023", "19,5", "BNOK", "19,5 milliarder"))).isEmpty();
        // 19,6 is 19,47 rounded wrong by one unit of its last digit: a warning; 19,9 is an error
        assertThat(findings(statement, INCOME, figure("driftsinntekter-2023", "19,6", "BNOK", "19,6 milliarder"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.expected()).isEqualTo("19,47");
                    assertThat(f.actual()).isEqualTo("19,6");
                    assertThat(f.message()).startsWith("«19,6 milliarder»: ").contains("tabellen er kilden");
                    // the number checked, printed in the text and in the table it restates
                    assertThat(f.places()).containsExactly("tekst:driftsinntekter-2023", "1.1/sum-driftsinntekter/regnskap-2");
                });
        assertThat(findings(statement, INCOME, figure("driftsinntekter-2023", "19,9", "BNOK", "19,9 milliarder"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aLooselyStatedFigureHoldsWithinTenPercentAndIsOtherwiseCheckedBySize() {
        ReportedTable statement = statement("-19 472", "0", "-19 472");
        assertThat(findings(statement, INCOME, figure("driftsinntekter-2023", "18", "BNOK", "om lag 18 milliarder"))).isEmpty();
        assertThat(findings(statement, INCOME, figure("driftsinntekter-2023", "17", "BNOK", "om lag 17 milliarder"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("omtrentlig angitt");
                });
    }

    @Test
    void aRatioIsComparedWithTheAmountsItIsAShareOf() {
        ReportedTable statement = table("1.1", STATEMENT_COLUMNS,
                row("sum-driftsinntekter", "subtotal", "", "-20 000", "", "", ""),
                row("netto-driftsresultat", "total", "", "-300", "", "", ""));
        assertThat(findings(statement, RATIO, figure("netto-driftsresultat-andel-driftsinntekter-2023", "1,5", "percent", "1,5 prosent")))
                .isEmpty();
        assertThat(findings(statement, RATIO, figure("netto-driftsresultat-andel-driftsinntekter-2023", "1,8", "percent", "1,8 prosent")))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("ratio-matches-inputs");
                    assertThat(f.expected()).isEqualTo("1,5 %");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
    }

    @Test
    void anOffByOneOfASumOfRoundedNumbersIsARoundingDifference() {
        ReportedTable guarantees = table("1.9", List.of("kolonne-1"), row("a", "line", "1,4"), row("b", "line", "1,4"),
                row("sum", "total", "2,9"));
        assertThat(new Sums().check(new ChapterData(2023, List.of(guarantees), List.of()))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void tableOneTwoMustNameEveryServiceArea() {
        ReportedTable areas = table("1.2", List.of("regnskap-2023", "regulert-budsjett-2023", "opprinnelig-budsjett-2023", "avvik"),
                new TableRow("skoler", "Skoler", "line", "skole", cells("1", "1", "1", "0")),
                new TableRow("ukjent", "Ukjent område", "line", null, cells("1", "1", "1", "0")));
        List<Finding> findings = new AreaRows().check(new ChapterData(2023, List.of(areas), List.of()));
        assertThat(findings).filteredOn(f -> f.rule().equals("area-row-has-area")).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("Ukjent område"));
        assertThat(findings).filteredOn(f -> f.rule().equals("every-area-reported")).hasSize(21)
                .noneMatch(f -> f.areas().contains("skole"));
    }

    /** The demo chapter's debt and loan claims, as chapter-1.json states them. */
    private static final StatedClaim DEBT_PARTS = new StatedClaim("{langsiktig-gjeld-okning}", "equals",
            "{pensjonsforpliktelser-okning} + {investeringsgjeld-og-innlan-videreutlan-okning}", "text-figures-agree",
            "Økningen i langsiktig gjeld skal være summen av de to økningene teksten forklarer den med", null, null);
    private static final StatedClaim EXTRA_REPAYMENT = new StatedClaim("{ekstra-avdrag-2023}", "equals",
            "[1.1|avdrag-pa-lan|revidert] - [1.1|avdrag-pa-lan|opprinneli]", null,
            "Teksten skal stemme med økningen i budsjettet for avdrag på lån fra opprinnelig til revidert budsjett i tabell 1.1", null, null);
    private static final String DEBT_SHARE = "[1.5|langsiktig-gjeld-ekskl-pensjonsforpliktelser-andel-av-brutto-driftsinntekter|";
    private static final StatedClaim HIGHER_DEBT_THAN_OSLO = new StatedClaim(DEBT_SHARE + "trondheim]", "atLeast", DEBT_SHARE + "oslo]",
            "text-comparison-matches-table", "Teksten sier at Trondheim har høyere gjeld som andel av brutto driftsinntekter enn Oslo",
            null, null);

    private static List<Finding> debtParts(String whole, String pensions, String loans) {
        return new StatedClaims().check(new ChapterData(2023, List.of(), List.of(
                figure("langsiktig-gjeld-okning", whole, "BNOK", "Langsiktig gjeld har økt med " + whole + " milliarder kroner fra 2021"),
                figure("pensjonsforpliktelser-okning", pensions, "BNOK", "økning i pensjonsforpliktelsene på " + pensions + " milliarder"),
                figure("investeringsgjeld-og-innlan-videreutlan-okning", loans, "BNOK", "økning i investeringsgjeld på " + loans
                        + " milliarder")), List.of(DEBT_PARTS)));
    }

    @Test
    void aStatedDebtIncreaseForAYearNoTableHoldsIsCheckedAgainstThePartsTheTextGivesForIt() {
        assertThat(debtParts("4,4", "2,2", "2,2")).isEmpty();
        // the parts give 3,4: the whole is a billion off, whatever 2021's debt was
        assertThat(debtParts("4,4", "2,2", "1,2")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("text-figures-agree");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("3,4");
            assertThat(f.actual()).isEqualTo("4,4");
            assertThat(f.tables()).isEmpty();
        });
        // 2,2 + 2,3 may be as little as 4,4 (each rounded): a rounding difference, not a contradiction
        assertThat(debtParts("4,4", "2,2", "2,3")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    private static List<Finding> extraRepayment(String stated) {
        ReportedTable statement = table("1.1", STATEMENT_COLUMNS, row("avdrag-pa-lan", "line", "1 065", "944", "942", "792", "-2"));
        return findings(statement, EXTRA_REPAYMENT, figure("ekstra-avdrag-2023", stated, "MNOK", "ekstra avdrag på " + stated
                + " millioner kroner"));
    }

    @Test
    void anExtraRepaymentTheBudgetWasRaisedForIsTheRiseOfTheRepaymentBudget() {
        assertThat(extraRepayment("150")).isEmpty();
        assertThat(extraRepayment("200")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("text-figure-matches-table");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("150");
            assertThat(f.places()).containsExactly("tekst:ekstra-avdrag-2023");
        });
        // 942 − 792 of rounded millions may be 151: a rounding difference
        assertThat(extraRepayment("151")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    private static List<Finding> debtShares(String trondheim, String oslo) {
        ReportedTable keyFigures = new ReportedTable("2023:1.5", 2023, "1.5", 0, "1", "1.5", "Økonomiske nøkkeltall", "percent", null,
                "table:1.5", List.of(), "", columns(List.of("trondheim", "oslo")), List.of(), List.of(new TableRow(
                        "langsiktig-gjeld-ekskl-pensjonsforpliktelser-andel-av-brutto-driftsinntekter", "Langsiktig gjeld", "line", null,
                        percentCells(trondheim, oslo))), null, Map.of(), 0L);
        return new StatedClaims().check(new ChapterData(2023, List.of(keyFigures), List.of(), List.of(HIGHER_DEBT_THAN_OSLO)));
    }

    @Test
    void theTextsHigherDebtShareThanAnotherCityHoldsWhereTheKeyFiguresTableShowsIt() {
        assertThat(debtShares("114,1", "91,1")).isEmpty();
        assertThat(debtShares("85,0", "91,1")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("text-comparison-matches-table");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("minst 91,1 %");
            assertThat(f.actual()).isEqualTo("85,0");
        });
        // 91,0 and 91,1 are the same within their rounding: the table cannot contradict «høyere»
        assertThat(debtShares("91,0", "91,1")).isEmpty();
    }

    private static List<Cell> percentCells(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(new Cell(PrintedNumbers.parse(text).value(), text, "percent", null));
        }
        return cells;
    }

    private static List<Finding> findings(ReportedTable table, StatedClaim claim, StatedFigure figure) {
        return new StatedClaims().check(new ChapterData(2023, List.of(table), List.of(figure), List.of(claim)));
    }

    /** A small table 1.1 whose incomes, expenses and result are consistent when {@code result = income + expense}. */
    private static ReportedTable statement(String income, String expense, String result) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(row("rammetilskudd", "line", income, income, income, income, "0"));
        rows.add(row("sum-driftsinntekter", "subtotal", income, income, income, income, "0"));
        rows.add(row("lonnsutgifter", "line", expense, expense, expense, expense, "0"));
        rows.add(row("sum-driftsutgifter", "subtotal", expense, expense, expense, expense, "0"));
        rows.add(row("brutto-driftsresultat", "subtotal", result, result, result, result, "0"));
        rows.add(row("renteinntekter", "line", "0", "0", "0", "0", "0"));
        rows.add(row("netto-finansutgifter", "subtotal", "0", "0", "0", "0", "0"));
        rows.add(row("motpost-avskrivninger", "line", "0", "0", "0", "0", "0"));
        rows.add(row("netto-driftsresultat", "total", result, result, result, result, "0"));
        String covered = PrintedNumbers.format(PrintedNumbers.parse(result).value().negate());
        rows.add(row("avsetninger-til-disposisjonsfond", "line", covered, covered, covered, covered, "0"));
        rows.add(row("sum-disponeringer-eller-dekning-av-netto-driftsresultat", "total", covered, covered, covered, covered, "0"));
        return new ReportedTable("2023:1.1", 2023, "1.1", 0, "1", "1.1", "Økonomisk oversikt", "MNOK", null, "table:1.1",
                List.of(), "", columns(STATEMENT_COLUMNS), List.of(), rows, null, Map.of(), 0L);
    }

    private static StatedFigure figure(String id, String value, String unit, String text) {
        return new StatedFigure(id, text, value, unit, 1);
    }

    private static TableRow row(String key, String kind, String... texts) {
        return new TableRow(key, key, kind, null, cells(texts));
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
            cells.add(new Cell(parsed.value(), text, "MNOK", parsed.reason()));
        }
        return cells;
    }

    private static List<TableColumn> columns(List<String> keys) {
        return keys.stream().map(k -> new TableColumn(k, k, ColumnType.NUMBER)).toList();
    }

    private static ReportedTable table(String key, List<String> columns, TableRow... rows) {
        return new ReportedTable("2023:" + key, 2023, key, 0, "1", key.replace("-2", ""), "t", "MNOK", null, "table:" + key,
                List.of(), "", columns(columns), List.of(), List.of(rows), null, Map.of(), 0L);
    }
}
