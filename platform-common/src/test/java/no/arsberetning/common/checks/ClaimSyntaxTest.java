package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.data;
import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The claim language in writing reads cells, counts, figures, numbers, sums and shares, and says where it fails. */
class ClaimSyntaxTest {

    private static final ChapterData DATA = data(List.of(table("1.3", "MNOK", List.of("regnskap", "budsjett"),
            row("a", "line", "120,5", "100"), row("b", "line", "30", "40"))),
            SmallTables.figure("vekst", "20,5", "prosent", "økte med 20,5 prosent"));

    private static BigDecimal value(String text, String unit) {
        return ClaimSyntax.parse(text).value(DATA, unit).orElseThrow().point();
    }

    @Test
    void sumsAndDifferencesOfCellsAreRead() {
        assertThat(value("[1.3|a|regnskap] + [1.3|b|regnskap] - 0,5", "MNOK")).isEqualByComparingTo("150");
        assertThat(value("-([1.3|a|regnskap] - [1.3|a|budsjett])", "MNOK")).isEqualByComparingTo("-20.5");
    }

    @Test
    void aShareIsThePartAsAPercentageOfTheWhole() {
        assertThat(value("([1.3|a|regnskap] - [1.3|a|budsjett]) % [1.3|a|budsjett]", Expr.PERCENT))
                .isEqualByComparingTo("20.5");
    }

    @Test
    void aFigureAndACountAreNamedByTheirOwnBrackets() {
        assertThat(ClaimSyntax.parse("{vekst}").single()).hasValueSatisfying(r -> assertThat(r).isInstanceOf(Ref.Figure.class));
        assertThat(ClaimSyntax.parse("#[2.4|sum|antall]").single())
                .hasValueSatisfying(r -> assertThat(((Ref.Cell) r).exact()).isTrue());
    }

    @Test
    void whatIsReadIsWrittenBackTheSameWay() {
        for (String text : List.of("[1.3|a|regnskap] + [1.3|b|regnskap]", "{vekst} - #[2.4|sum|antall]",
                "([1.3|a|regnskap] - [1.3|a|budsjett]) % [1.3|a|budsjett]")) {
            assertThat(ClaimSyntax.format(ClaimSyntax.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void aClaimThatCannotBeReadSaysWhereInNorwegian() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClaimSyntax.parse("[1.3|a]"))
                .withMessageContaining("[tabell|rad|kolonne]");
        assertThatIllegalArgumentException().isThrownBy(() -> ClaimSyntax.parse("[1.3|a|regnskap] * 2"))
                .withMessageContaining("ved tegn 18").withMessageContaining("«*»");
        assertThatIllegalArgumentException().isThrownBy(() -> ClaimSyntax.parse("({vekst}")).withMessageContaining("«)» mangler");
        assertThatIllegalArgumentException().isThrownBy(() -> ClaimSyntax.parse(" ")).withMessage("Et uttrykk mangler.");
    }
}
