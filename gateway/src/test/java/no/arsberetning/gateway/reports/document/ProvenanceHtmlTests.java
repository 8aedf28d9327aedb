package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Provenance in the HTML report: every table names its origin under it, a number entered by hand in an imported
 * table links to its own entry, and the «Kilder og opphav» appendix lists who, when, file name and SHA-256.
 */
class ProvenanceHtmlTests {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ProvenanceEntry IMPORTED = new ProvenanceEntry("p1", "file-import", "controller",
            Instant.parse("2024-02-01T09:00:00Z"), "drift-2023.csv", SHA, null, null);
    private static final ProvenanceEntry BY_HAND = new ProvenanceEntry("p2", "manual", "kari.controller",
            Instant.parse("2024-03-05T11:30:00Z"), null, null, null, 2);
    private static final ProvenanceEntry DEMO = new ProvenanceEntry("p1", "demo", "demo-loader",
            Instant.parse("2024-01-10T08:00:00Z"), "finance.json", "abc123", "Trondheim kommune, Årsberetning 2023 (trykt rapport)", 1);

    private final Document html = Jsoup.parse(new ReportHtmlRenderer().render(SampleReport.report(List.of(
            new Chapter("1", "Økonomi", List.of(new Section("drift", "Drift", List.of(
                    new Block.TableBlock(imported()), new Block.TableBlock(demo())))))), List.of())));

    @Test
    void aNumberEnteredByHandLinksToItsOwnSourceAndAnImportedOneDoesNot() {
        Element table = html.getElementById("tabell-1-1");
        Element edited = table.select("tbody tr").get(0).select("td").get(1);
        Element imported = table.select("tbody tr").get(0).select("td").get(0);

        Element link = edited.selectFirst("a.provenance-link");
        assertThat(link).isNotNull();
        assertThat(link.text().replace(SampleReport.NBSP, " ")).isEqualTo("2 500");
        assertThat(edited.text()).isEqualTo(link.text());
        assertThat(link.attr("aria-label")).startsWith("Opphav for 2 500 (Skatt, Revidert budsjett)")
                .contains("Registrert for hånd av kari.controller");
        assertThat(imported.select("a")).isEmpty();
        assertThat(imported.text().replace(SampleReport.NBSP, " ")).isEqualTo("1 200");

        Element target = html.getElementById(link.attr("href").substring(1));
        assertThat(target).isNotNull();
        assertThat(target.attr("tabindex")).isEqualTo("-1");
        assertThat(target.text()).contains("Registrert for hånd", "kari.controller", "5. mars 2024 kl. 12.30", "Utgave 2")
                .doesNotContain(SHA);
    }

    @Test
    void everyTableNamesItsOriginAndTheAppendixShowsFileNameAndHash() {
        Element note = html.getElementById("tabell-1-1").parent().nextElementSibling();
        assertThat(note.hasClass("provenance-note")).isTrue();
        Element link = note.selectFirst("a");
        assertThat(link.text()).isEqualTo("Kilde 1: Importert fra filen drift-2023.csv av controller, 1. februar 2024 kl. 10.00");
        assertThat(link.attr("aria-label")).startsWith("Opphav for Tabell 1.1: Kilde 1");
        assertThat(note.text()).contains("Tall med annet opphav er lenker til sin egen kilde");

        Element entry = html.getElementById(link.attr("href").substring(1));
        assertThat(entry.text()).contains("Filimport", "controller", "drift-2023.csv", SHA, "Ikke publisert ennå");
        assertThat(entry.selectFirst("dd.hash").text()).isEqualTo(SHA);

        Element demoNote = html.getElementById("tabell-1-2").parent().nextElementSibling();
        assertThat(demoNote.text()).contains("Demodata fra Trondheim kommune, Årsberetning 2023 (trykt rapport)")
                .doesNotContain("annet opphav");
        Element demoEntry = html.getElementById(demoNote.selectFirst("a").attr("href").substring(1));
        assertThat(demoEntry.text()).contains("finance.json", "abc123", "Utgave 1");
    }

    @Test
    void theAppendixListsEachOriginOnceAndIsInTheTableOfContents() {
        Element appendix = html.getElementById("kilder-og-opphav");
        assertThat(appendix.selectFirst("h2").text()).isEqualTo("Kilder og opphav");
        assertThat(appendix.select("li.provenance-entry")).hasSize(3);
        assertThat(html.selectFirst("nav[aria-label=Innhold]").select("a").eachAttr("href")).contains("#kilder-og-opphav");
        assertThat(html.select("a[href^=#kilder-og-opphav-]")).allSatisfy(a ->
                assertThat(html.getElementById(a.attr("href").substring(1))).isNotNull());
    }

    @Test
    void aTableWithoutRecordedProvenanceHasNoNote() {
        Document sample = Jsoup.parse(new ReportHtmlRenderer().render(SampleReport.report()));
        assertThat(sample.select(".provenance-note")).isEmpty();
        assertThat(sample.getElementById("kilder-og-opphav")).isNull();
    }

    private static Table imported() {
        List<Column> columns = List.of(new Column("regnskap", "Regnskap", "MNOK"), new Column("revidert", "Revidert budsjett", "MNOK"));
        Row row = new Row("Skatt", "line", List.of(Cell.of(new BigDecimal("1200"), "1 200", "MNOK"),
                Cell.of(new BigDecimal("2500"), "2 500", "MNOK").withProvenance("p2")));
        Row other = new Row("Rammetilskudd", "line", List.of(Cell.of(new BigDecimal("900"), "900", "MNOK"),
                Cell.of(new BigDecimal("950"), "950", "MNOK")));
        return new Table("1.1", "Driftsinntekter", "MNOK", null, columns, List.of(row, other), List.of(IMPORTED, BY_HAND));
    }

    private static Table demo() {
        return new Table("1.2", "Driftsutgifter", "MNOK", null, List.of(new Column("regnskap", "Regnskap", "MNOK")),
                List.of(new Row("Lønn", "line", List.of(Cell.of(new BigDecimal("700"), "700", "MNOK")))), List.of(DEMO));
    }
}
