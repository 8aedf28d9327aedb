package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.figures.StatedClaim;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import org.junit.jupiter.api.Test;

/** Claims kept as data beside the text's figures are checked like any claim, and an unreadable one is reported. */
class StatedClaimsTest {

    private static final ReportedTable ACCOUNTS = table("4.2", "MNOK", List.of("avvik"), row("sum", "total", "-32,4"));

    private static List<Finding> check(String value, StatedClaim... claims) {
        ChapterData data = new ChapterData(2023, List.of(ACCOUNTS),
                List.of(SmallTables.figure("merforbruk", value, "MNOK", "et merforbruk på " + value + " millioner kroner")),
                List.of(claims));
        return new StatedClaims().check(data);
    }

    private static StatedClaim restates(String expected) {
        return new StatedClaim("{merforbruk}", "equals", expected, null, null, null, List.of());
    }

    @Test
    void aTextFigureThatRestatesItsTableHolds() {
        assertThat(check("32", restates("-[4.2|sum|avvik]"))).isEmpty();
    }

    @Test
    void aTextFigureThatContradictsItsTableIsFoundWithTheTableAsAuthority() {
        assertThat(check("23", restates("-[4.2|sum|avvik]"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("text-figure-matches-table");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("32,4");
            assertThat(f.actual()).isEqualTo("23");
            assertThat(f.tables()).containsExactly("4.2");
            assertThat(f.message()).contains("Teksten skal stemme med tabell 4.2").contains("tabellen er kilden");
            assertThat(f.places()).contains("tekst:merforbruk");
        });
    }

    @Test
    void anAlternativeNamesTheMistakeWhenTheTextIsThatValue() {
        StatedClaim withSign = new StatedClaim("{merforbruk}", "equals", "-[4.2|sum|avvik]", null, null, null,
                List.of(new StatedClaim.Alternative("[4.2|sum|avvik]", "text-sign", "Teksten har motsatt fortegn")));
        assertThat(check("-32,4", withSign)).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("text-sign"));
    }

    @Test
    void aBoundStatedAsDataIsBrokenOnlyBeyondIt() {
        StatedClaim atMost = new StatedClaim("{merforbruk}", "atMost", "-[4.2|sum|avvik]", "cap", "Høyst avviket", null, List.of());
        assertThat(check("30", atMost)).isEmpty();
        assertThat(check("40", atMost)).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("høyst 32,4"));
    }

    @Test
    void aClaimThatCannotBeReadIsAWarningNamingItNeverSkippedInSilence() {
        assertThat(check("32", restates("-[4.2|sum]"), new StatedClaim("{merforbruk}", "roughly", "1", null, null, null, List.of())))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StatedClaims.UNREADABLE, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple(StatedClaims.UNREADABLE, Severity.WARNING));
    }
}
