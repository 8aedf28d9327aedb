package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * A text restating a table's amount with a whole power of 1 000 between them is a unit finding: the table's
 * unit label does not fit its magnitude, or the text's unit is wrong.
 */
class UnitLabelsTest {

    private static Optional<Finding> restate(String tableUnit, String cell, String figure, String figureUnit) {
        ChapterData data = SmallTables.data(List.of(table("1.6", tableUnit, List.of("2023"), row("eiendeler", null, cell))),
                SmallTables.figure("eiendeler", figure, figureUnit, "eiendelene var " + figure + " milliarder kroner"));
        return Claim.equal("text-figure-matches-table", Expr.figure("eiendeler"), Expr.cell("1.6", "eiendeler", "2023"),
                "Teksten skal stemme med tabell 1.6").check(data);
    }

    @Test
    void aTextInBillionsRestatingATableInMillionsHolds() {
        assertThat(restate("MNOK", "1 200", "1,2", "BNOK")).isEmpty();
    }

    @Test
    void aTableInMillionsShowingThousandsOfKronerIsAUnitFindingNamingTheUnitItFits() {
        assertThat(restate("MNOK", "1 200 000", "1,2", "BNOK")).hasValueSatisfying(f -> {
            assertThat(f.rule()).isEqualTo(UnitLabels.RULE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("faktor 1\u00a0000").contains("«1 000 kr»").contains("«mill. kr»");
            assertThat(f.expected()).isEqualTo("1\u00a0200,0");
            assertThat(f.actual()).isEqualTo("1,2");
        });
    }

    @Test
    void aUnitSlipIsJudgedAtThePrintedPrecisionAndNotByCoincidence() {
        // 1 249 000 in mill. kr is 1 249 mrd. kr: a thousand times 1,249, which is 1,2 at the text's precision
        assertThat(restate("MNOK", "1 249 000", "1,2", "BNOK")).hasValueSatisfying(f -> assertThat(f.rule()).isEqualTo(UnitLabels.RULE));
        // 1 300 000 is not 1,2 at any power of 1 000: an ordinary wrong figure
        assertThat(restate("MNOK", "1 300 000", "1,2", "BNOK")).hasValueSatisfying(f -> assertThat(f.rule())
                .isEqualTo("text-figure-matches-table"));
    }

    @Test
    void aTextWithTheSmallerNumberSaysTheTextHasTheWrongUnit() {
        assertThat(restate("MNOK", "1,2", "1 200", "BNOK")).hasValueSatisfying(f -> {
            assertThat(f.rule()).isEqualTo(UnitLabels.RULE);
            assertThat(f.message()).contains("teksten har det største");
        });
    }

    @Test
    void numbersOfOneTableAreNeverReadAsAUnitSlip() {
        ChapterData data = SmallTables.data(List.of(table("4.1", "MNOK", List.of("regnskap", "budsjett", "avvik"),
                row("skole", null, "1 000,1", "1 000,0", "0,1"))));
        Optional<Finding> f = Claim.equal("deviation", Expr.cell("4.1", "skole", "avvik"),
                Expr.cell("4.1", "skole", "regnskap"), "Avviket stemmer ikke").check(data);
        assertThat(f).hasValueSatisfying(x -> assertThat(x.rule()).isEqualTo("deviation"));
    }
}
