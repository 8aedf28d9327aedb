package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.data;
import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/** A money column a whole power of 1 000 larger than the rest of its table, with nothing else printed to compare. */
class ColumnMagnitudesTest {

    private static final List<String> ACCOUNTS = List.of("regnskap", "revidert", "opprinnelig", "avvik");

    private static List<Finding> check(String unit, String... cells) {
        return new ColumnMagnitudes().check(data(List.of(table("4.1", unit, ACCOUNTS,
                row("drift", "line", cells[0], cells[1], cells[2], cells[3]),
                row("investering", "line", cells[4], cells[5], cells[6], cells[7])))));
    }

    @Test
    void aTableWhoseColumnsAllFitTheLabelHolds() {
        assertThat(check("MNOK", "266,0", "268,2", "257,0", "2,2", "1 090,1", "1 035,8", "688,0", "-54,3")).isEmpty();
    }

    @Test
    void aColumnInKronerInATableInMillionsIsAWarningNamingEveryCellAndTheUnitItFits() {
        assertThat(check("MNOK", "266,0", "268 200 000", "257,0", "2,2", "1 090,1", "1 035 800 000", "688,0", "-54,3"))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(ColumnMagnitudes.RULE);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.tables()).containsExactly("4.1");
                    assertThat(f.places()).containsExactly("4.1/drift/revidert", "4.1/investering/revidert");
                    assertThat(f.message()).contains("Kolonnen «revidert» i tabell 4.1", "1\u00a0000\u00a0000 ganger større",
                            "merket «mill. kr»", "passer med «kr»");
                });
    }

    @Test
    void theEdgeIsHalfAnOrderOfMagnitudeFromAWholePowerOfAThousand() {
        // 268 200 against 1 000 (the largest other amount) is 10^2,43: not a thousand times larger; 400 000 is 10^2,6
        assertThat(check("MNOK", "1 000", "268 200", "999", "2", "1 000", "268 200", "999", "2")).isEmpty();
        assertThat(check("MNOK", "1 000", "400 000", "999", "2", "1 000", "400 000", "999", "2")).hasSize(1);
    }

    @Test
    void aColumnLargerInOneRowOnlyOrFarSmallerOrOutsideAMoneyTableIsNoFinding() {
        assertThat(check("MNOK", "266,0", "268 200 000", "257,0", "2,2", "1 090,1", "1 035,8", "688,0", "-54,3")).isEmpty();
        // deviations and shares may be far smaller than the amounts beside them
        assertThat(check("MNOK", "266 000", "268 200", "257 000", "0,2", "1 090 100", "1 035 800", "688 000", "-5,3")).isEmpty();
        assertThat(check("count", "266", "268 200 000", "257", "2", "1 090", "1 035 800 000", "688", "-54")).isEmpty();
    }
}
