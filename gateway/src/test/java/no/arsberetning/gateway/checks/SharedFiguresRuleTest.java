package no.arsberetning.gateway.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.Table;
import org.junit.jupiter.api.Test;

/** The same figure printed by two services: found in text or tables, read as digits or number words, compared. */
class SharedFiguresRuleTest {

    private static final List<SharedFigures.Pair> PAIRS = List.of(new SharedFigures.Pair("Pågående byggeprosjekter",
            List.of(new SharedFigures.Figure("climate", "totalt (\\p{L}+|\\d+) pågående prosjekter"),
                    new SharedFigures.Figure("services-goals", "(\\p{L}+|\\d+) pågående investeringsprosjekter"))));

    private static final Map<String, String> TITLES = Map.of("climate", "Klimatjenesten", "services-goals",
            "Tjenesteområdetjenesten");

    @Test
    void theSameFigureInTwoChaptersIsNotedAsAgreeing() {
        List<Finding> findings = SharedFiguresRule.compare(PAIRS, Map.of(
                "climate", report(table("Bygg: I 2023 var det totalt åtte pågående prosjekter.")),
                "services-goals", report(text("<p>I 2023 var det 8 pågående investeringsprosjekter.</p>"))), TITLES);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.rule()).isEqualTo(SharedFiguresRule.RULE);
            assertThat(f.tables()).containsExactly("3.9");
            assertThat(f.expected()).isEqualTo("åtte");
            assertThat(f.actual()).isEqualTo("8");
        });
    }

    @Test
    void differentFiguresAreAnErrorNamingBothPlaces() {
        List<Finding> findings = SharedFiguresRule.compare(PAIRS, Map.of(
                "climate", report(table("Bygg: I 2023 var det totalt åtte pågående prosjekter.")),
                "services-goals", report(text("<p>I 2023 var det sju pågående investeringsprosjekter.</p>"))), TITLES);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("«åtte» hos Klimatjenesten (tabell 3.9)",
                    "«sju» hos Tjenesteområdetjenesten (avsnitt «Eiendom»)");
        });
    }

    @Test
    void aFigureThatCannotBeFoundIsAWarningNotASilentPass() {
        List<Finding> findings = SharedFiguresRule.compare(PAIRS, Map.of(
                "climate", report(table("Bygg: I 2023 var det totalt åtte pågående prosjekter.")),
                "services-goals", report(text("<p>Ingen tall her.</p>"))), TITLES);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("ikke funnet hos Tjenesteområdetjenesten");
        });
    }

    @Test
    void figuresAreReadAsPrintedNumbersOrNumberWords() {
        assertThat(FigureText.value("sju")).isEqualByComparingTo("7");
        assertThat(FigureText.value("Åtte")).isEqualByComparingTo("8");
        assertThat(FigureText.value("1 382")).isEqualByComparingTo(new BigDecimal("1382"));
        assertThat(FigureText.value("10,1")).isEqualByComparingTo("10.1");
        assertThat(FigureText.value("mange")).isNull();
    }

    private static ReportDocument report(Block block) {
        return new ReportDocument("s", 2023, List.of(new ReportDocument.Chapter("19", "Eiendomstjenester",
                List.of(new ReportDocument.Section("eiendom", "Eiendom", List.of(block))))));
    }

    private static Block text(String html) {
        return new Block.Text(html);
    }

    private static Block table(String cellText) {
        return new Block.TableBlock(new Table("3.9", "Indikatorer", "mixed", null,
                List.of(new Table.Column("c", "Kommentar", null)),
                List.of(new Table.Row("Annen mobil forbrenning", "line", List.of(Table.Cell.of(null, cellText, null))))));
    }
}
