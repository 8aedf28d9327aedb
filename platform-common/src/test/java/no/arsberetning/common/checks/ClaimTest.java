package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.Expr.cell;
import static no.arsberetning.common.checks.Expr.count;
import static no.arsberetning.common.checks.Expr.figure;
import static no.arsberetning.common.checks.SmallTables.areaRow;
import static no.arsberetning.common.checks.SmallTables.data;
import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import org.junit.jupiter.api.Test;

/** A claim about printed places holds, is a rounding difference, or is wrong — at the precision it is printed with. */
class ClaimTest {

    private static final List<String> COLUMNS = List.of("regnskap", "budsjett", "avvik");

    private static ReportedTable accounts(String actual, String budget, String deviation) {
        return table("4.1", "MNOK", COLUMNS, areaRow("skole", "line", "skole", actual, budget, deviation));
    }

    private static Claim deviation() {
        return Claim.equal("deviation", cell("4.1", "skole", "avvik"),
                cell("4.1", "skole", "budsjett").minus(cell("4.1", "skole", "regnskap")), "Avviket stemmer ikke");
    }

    @Test
    void aClaimThatHoldsGivesNoFinding() {
        assertThat(deviation().check(data(List.of(accounts("844,3", "852,7", "8,4"))))).isEmpty();
    }

    @Test
    void aDifferenceBeyondRoundingIsTheClaimsSeverityWithExpectedActualTablesAndAreas() {
        Finding f = deviation().check(data(List.of(accounts("844,3", "852,7", "9,4")))).orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo("8,4");
        assertThat(f.actual()).isEqualTo("9,4");
        assertThat(f.tables()).containsExactly("4.1");
        assertThat(f.areas()).containsExactly("skole");
        assertThat(f.message()).isEqualTo("Avviket stemmer ikke.");
    }

    @Test
    void aDifferenceTheRoundingOfTheInputsExplainsIsInformation() {
        // 852,7 − 844,3 = 8,4; each printed number may be 0,05 off, so 8,5 is possible
        Finding f = deviation().check(data(List.of(accounts("844,3", "852,7", "8,5")))).orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).endsWith("(avrundingsdifferanse).");
        // 8,6 is beyond what three roundings of 0,05 can explain, but by less than a printed unit
        assertThat(deviation().check(data(List.of(accounts("844,3", "852,7", "8,6"))))).hasValueSatisfying(
                g -> assertThat(g.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aTextFigureIsComparedAtItsOwnCoarserPrecisionAcrossMoneyUnits() {
        ReportedTable statement = table("1.1", "MNOK", List.of("regnskap"), row("inntekter", "line", "-19 472"));
        Claim claim = Claim.equal("text", figure("inntekter"), cell("1.1", "inntekter", "regnskap").negated(), "Teksten stemmer ikke");
        assertThat(claim.check(data(List.of(statement), SmallTables.figure("inntekter", "19,5", "BNOK", "19,5 milliarder"))))
                .isEmpty();
        Finding f = claim.check(data(List.of(statement), SmallTables.figure("inntekter", "19,7", "BNOK", "19,7 milliarder")))
                .orElseThrow();
        assertThat(f.expected()).isEqualTo("19,47");
        assertThat(f.actual()).isEqualTo("19,7");
        assertThat(f.message()).isEqualTo("«19,7 milliarder»: Teksten stemmer ikke.");
        assertThat(f.tables()).containsExactly("1.1");
    }

    @Test
    void aLooselyStatedFigureHoldsWithinTenPercentAndBeyondThatIsWrongBySize() {
        ReportedTable statement = table("1.1", "MNOK", List.of("regnskap"), row("inntekter", "line", "500"));
        Claim claim = Claim.equal("text", figure("x"), cell("1.1", "inntekter", "regnskap"), "Teksten stemmer ikke");
        assertThat(claim.check(data(List.of(statement), SmallTables.figure("x", "540", "MNOK", "om lag 540 millioner")))).isEmpty();
        assertThat(claim.check(data(List.of(statement), SmallTables.figure("x", "600", "MNOK", "om lag 600 millioner"))))
                .hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("omtrentlig angitt i teksten");
                });
    }

    @Test
    void countsAreExactSoAnyDifferenceIsWrong() {
        ReportedTable persons = table("2.1", "mixed", List.of("antall"), row("a", "line", "147"), row("b", "line", "705"),
                row("sum", "total", "853"));
        Claim claim = Claim.equal("sum", count("2.1", "sum", "antall"),
                count("2.1", "a", "antall").plus(count("2.1", "b", "antall")), "Summen stemmer ikke");
        assertThat(claim.check(data(List.of(persons)))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("852");
        });
    }

    @Test
    void aShareMustBeTheRoundingOfItsExactCountsAndOneUnitOffOrFalsePrecisionIsAWarning() {
        ReportedTable leave = table("2.11", "mixed", List.of("ansatte", "permisjon", "andel"),
                row("menn", "line", "15 209", "378", "2,50%"), row("kvinner", "line", "15 455", "13 901", "91%"),
                row("andre", "line", "15 455", "13 901", "95%"), row("alle", "line", "15 455", "13 901", "90%"));
        for (String r : List.of("menn", "kvinner", "andre", "alle")) {
            Claim claim = Claim.equal("share", cell("2.11", r, "andel"),
                    count("2.11", r, "permisjon").percentOf(count("2.11", r, "ansatte")), "Andelen stemmer ikke");
            var finding = claim.check(data(List.of(leave)));
            switch (r) {
                case "menn" -> assertThat(finding).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.expected()).isEqualTo("2,49 %");
                    assertThat(f.actual()).isEqualTo("2,50%");
                });
                case "kvinner" -> assertThat(finding).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.expected()).isEqualTo("90 %");
                });
                case "andre" -> assertThat(finding).hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.expected()).isEqualTo("90 %");
                });
                default -> assertThat(finding).isEmpty();
            }
        }
    }

    @Test
    void anUpperBoundIsBrokenOnlyAboveItAndMayExplainWhyBeingBelowIsFine() {
        ReportedTable persons = table("2.4", "mixed", List.of("antall"), row("a", "line", "100"), row("b", "line", "50"),
                row("sum", "total", "140"));
        Claim claim = Claim.atMost("distinct", count("2.4", "sum", "antall"),
                count("2.4", "a", "antall").plus(count("2.4", "b", "antall")), "Totalen er større enn summen")
                .noteSlack("Totalen er {difference} lavere enn summen ({percent}); hver ansatt telles én gang.");
        assertThat(claim.check(data(List.of(persons)))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("Totalen er 10 lavere enn summen (6,7 %); hver ansatt telles én gang.");
            assertThat(f.expected()).isEqualTo("150");
        });
        ReportedTable more = table("2.4", "mixed", List.of("antall"), row("a", "line", "100"), row("b", "line", "50"),
                row("sum", "total", "151"));
        assertThat(claim.check(data(List.of(more)))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("høyst 150");
        });
    }

    @Test
    void aDiagnosisNamesTheMistakeWhenThePrintedNumberIsAnotherValue() {
        Claim claim = deviation().orIf(new Claim.Diagnosis("deviation-sign",
                cell("4.1", "skole", "budsjett").minus(cell("4.1", "skole", "regnskap")).negated(), "Avviket har motsatt fortegn"));
        assertThat(claim.check(data(List.of(accounts("844,3", "852,7", "-8,4"))))).hasValueSatisfying(f -> {
            assertThat(f.rule()).isEqualTo("deviation-sign");
            assertThat(f.message()).isEqualTo("Avviket har motsatt fortegn.");
            assertThat(f.expected()).isEqualTo("8,4");
        });
        assertThat(claim.check(data(List.of(accounts("844,3", "852,7", "12,0"))))).hasValueSatisfying(
                f -> assertThat(f.rule()).isEqualTo("deviation"));
    }

    @Test
    void aDiagnosisAddsThePlacesItsMistakeIsInOnlyWhenItApplies() {
        Claim claim = deviation().orIf(new Claim.Diagnosis("deviation-sign",
                cell("4.1", "skole", "budsjett").minus(cell("4.1", "skole", "regnskap")).negated(), "Avviket har motsatt fortegn")
                .involving(cell("4.1", "skole", "budsjett")));
        assertThat(claim.check(data(List.of(accounts("844,3", "852,7", "-8,4"))))).hasValueSatisfying(
                f -> assertThat(f.places()).containsExactly("4.1/skole/avvik", "4.1/skole/budsjett"));
        assertThat(claim.check(data(List.of(accounts("844,3", "852,7", "12,0"))))).hasValueSatisfying(
                f -> assertThat(f.places()).containsExactly("4.1/skole/avvik"));
    }

    @Test
    void aRoundingDifferenceIsDiagnosedOnlyWhenThePrintedNumberIsExactlyTheOtherValue() {
        // women are 3 000 of 4 000 persons (75,0 %) but 2 220 of 3 000 FTEs (74,0 %); «74 %» is the FTE share
        ReportedTable staff = table("2.4", "count", List.of("kvinner", "alle", "kvinner-arsverk", "alle-arsverk"),
                row("sluttsum", "total", "3 000", "4 000", "2 220,0", "3 000,0"));
        Claim claim = Claim.equal("share-of-women", figure("kvinneandel"),
                count("2.4", "sluttsum", "kvinner").percentOf(count("2.4", "sluttsum", "alle")), "Andelen er {exact}")
                .orIf(new Claim.Diagnosis("share-of-women", cell("2.4", "sluttsum", "kvinner-arsverk")
                        .percentOf(cell("2.4", "sluttsum", "alle-arsverk")), "{actual} er andelen av årsverkene, ikke av de ansatte"));
        assertThat(claim.check(data(List.of(staff), SmallTables.figure("kvinneandel", "74", "percent", "74 prosent"))))
                .hasValueSatisfying(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("74 % er andelen av årsverkene");
                });
        // 74,5 % is neither share exactly: the rounding difference says so, without a diagnosis
        ReportedTable other = table("2.4", "count", List.of("kvinner", "alle", "kvinner-arsverk", "alle-arsverk"),
                row("sluttsum", "total", "3 000", "4 000", "2 235,0", "3 000,0"));
        assertThat(claim.check(data(List.of(other), SmallTables.figure("kvinneandel", "74", "percent", "74 prosent"))))
                .hasValueSatisfying(f -> assertThat(f.message()).doesNotContain("årsverkene"));
    }

    @Test
    void aClaimWhoseNumbersAreNotThereIsNotEvaluated() {
        Claim claim = Claim.equal("x", figure("mangler"), cell("4.1", "skole", "avvik"), "m");
        assertThat(claim.evaluable(data(List.of(accounts("1", "2", "1"))))).isFalse();
        assertThat(claim.check(data(List.of(accounts("1", "2", "1"))))).isEmpty();
    }

    @Test
    void aWeightedAverageHoldsWithinItsTolerance() {
        ReportedTable pay = table("2.7", "mixed", List.of("ansatte", "lonn"), row("a", "line", "10", "500 000"),
                row("b", "line", "30", "600 000"), row("alle", "total", "40", "576 000"));
        Expr average = Expr.weightedAverage(List.of(count("2.7", "a", "ansatte"), count("2.7", "b", "ansatte")),
                List.of(cell("2.7", "a", "lonn"), cell("2.7", "b", "lonn")));
        Claim claim = Claim.equal("avg", cell("2.7", "alle", "lonn"), average, "Snittet stemmer ikke");
        // 576 000 is 0,17 % from the weighted 575 000
        assertThat(claim.withinPercent(new BigDecimal("0.5")).check(data(List.of(pay)))).isEmpty();
        assertThat(claim.withinPercent(new BigDecimal("0.1")).check(data(List.of(pay)))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected().replace('\u00a0', ' ')).isEqualTo("575 000");
        });
    }
}
