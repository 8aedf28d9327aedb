package no.arsberetning.gateway.reports.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Chart;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;

/**
 * A small composed report built by hand: chapter 1 with a text (list, link, a heading, and markup that must
 * not survive) and table 1.2; chapter 2 whose service did not answer; chapter 3 with the emission trajectory;
 * chapter 4 with goals whose reported and computed status differ; findings of every severity.
 */
final class SampleReport {

    static final Instant COMPOSED_AT = Instant.parse("2024-03-27T13:05:00Z");
    static final String NBSP = "\u00A0";

    private SampleReport() {
    }

    static ComposedReport report() {
        return report(chapters(), findings());
    }

    static ComposedReport report(List<Chapter> chapters, List<Finding> findings) {
        List<SourceStatus> sources = List.of(
                new SourceStatus("finance", "Økonomi (finance-service)", List.of("1"), true, null, 120),
                new SourceStatus("hr", "Arbeidsgiverområdet (hr-service)", List.of("2"), false, "Tidsavbrudd etter 800 ms", 800),
                new SourceStatus("climate", "Klimabudsjett (climate-service)", List.of("3"), true, null, 90),
                new SourceStatus("services-goals", "Tjenesteområdene (services-goals-service)", List.of("4-19"), true, null, 200));
        return new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", COMPOSED_AT, null, sources, chapters, findings, null);
    }

    static List<Chapter> chapters() {
        return new ArrayList<>(List.of(economy(), workforce(), climate(), education()));
    }

    static Chapter economy() {
        Block text = new Block.Text("<h3>Hovedtrekk</h3><p>Driftsresultatet ble <strong>bedre</strong> enn budsjettert.</p>"
                + "<ul><li>Skole hadde merforbruk</li><li>Barnehage hadde mindreforbruk</li></ul>"
                + "<p>Ærlig og særlig nøyaktig.</p><p>Les mer i <a href=\"https://www.trondheim.kommune.no/\">kommunens nettsider</a>.</p>"
                + "<script>alert(1)</script><p onclick=\"alert(2)\">Slutt</p><a href=\"javascript:alert(3)\">lenke</a>");
        return new Chapter("1", "Økonomi", List.of(new Section("resultat", "Regnskap per tjenesteområde",
                List.of(text, new Block.TableBlock(table12(), Chart.DEVIATIONS)))));
    }

    static Table table12() {
        List<Column> columns = List.of(
                new Column("regnskap", "Regnskap 2023", "MNOK"),
                new Column("regulert", "<b>Regulert budsjett 2023</b>", "MNOK"),
                new Column("avvik", "Avvik", "MNOK"));
        List<Row> rows = List.of(
                row("Skoler", "line", "2 495", "2 463", "-32"),
                row("Barnehager", "line", "1 982,2", "1 992,7", "10,5"),
                new Row("Helse og omsorgstjenester", "line", List.of(
                        Cell.of(new BigDecimal("3377"), "3" + NBSP + "377", "MNOK"),
                        Cell.of(new BigDecimal("3246"), "3" + NBSP + "246", "MNOK"),
                        Cell.of(new BigDecimal("-131"), "", "MNOK"))),
                new Row("Flyktninger og innvandrere", "line", List.of(
                        Cell.of(new BigDecimal("6"), "6", "MNOK"),
                        Cell.of(new BigDecimal("6"), "6", "MNOK"),
                        Cell.missing(MissingReason.ZERO, "-", "MNOK"))),
                row("<b>Sum tjenesteområder</b>", "total", "7 860,2", "7 707,7", "<b>-152,5</b>"),
                new Row("<sup>1</sup> Tall fra regnskapet", "note", List.of()));
        return new Table("1.2", "Regnskap og revidert budsjett 2023 fordelt på tjenesteområdene. Millioner kroner. "
                + "Positive tall er mindreforbruk, negative tall er merforbruk.", "MNOK",
                "Positive tall er mindreforbruk, negative tall er merforbruk.", columns, rows);
    }

    static Chapter workforce() {
        return new Chapter("2", "Arbeidsgiverområdet og felles systemer", List.of(new Section("unavailable", "Ikke tilgjengelig",
                List.of(new Block.Text("<p>Kapittelet kunne ikke hentes nå: Tidsavbrudd etter 800 ms</p>")))));
    }

    static Chapter climate() {
        Table trajectory = new Table(null, "Utslippsbane: reduksjon i direkte klimagassutslipp sammenlignet med 2009", "percent", null,
                List.of(new Column("faktisk", "Faktisk reduksjon", "percent"), new Column("mal", "Mål", "percent")),
                List.of(row("2009", "line", "0", ""),
                        row("2020", "line", "-16", "-10"),
                        row("2022", "line", "-20", ""),
                        row("2023", "line", "", "-30"),
                        row("2030", "line", "", "-80")));
        Table indicators = new Table(null, "Indikatorer for klimagassutslipp i 2023", "mixed", null,
                List.of(new Column("indikator", "Indikator", null), new Column("verdi", "Verdi", null), new Column("trend", "Trend", null)),
                List.of(new Row("Veitrafikk", "line", List.of(text("Andel utslippsfrie personbiler"), text("32,6 prosent"), text("↑")))));
        return new Chapter("3", "Klimabudsjett", List.of(
                new Section("indikatorer", "Indikatorer", List.of(new Block.TableBlock(indicators))),
                new Section("utslippsbane", "Utslippsbane", List.of(new Block.TableBlock(trajectory)))),
                List.of(Chart.TRAJECTORY));
    }

    static Chapter education() {
        Goal goal = new Goal("4-1", "Periodemål 1: Flere barn og unge opplever mestring", List.of("skole", "barnehage"), List.of(
                new Goal.Indicator("Andel elever som trives", "Minst 90 prosent", "85 prosent",
                        GoalStatus.REACHED, "Målet er nådd", GoalStatus.NOT_REACHED),
                new Goal.Indicator("Andel barn med plass", "100 prosent", "100 prosent",
                        GoalStatus.REACHED, null, GoalStatus.REACHED),
                new Goal.Indicator("Foreldretilfredshet", "Økt", "Ikke målt",
                        null, null, null)));
        Goal other = new Goal(null, "Periodemål 2: Tidlig innsats", List.of("skole"), List.of(
                new Goal.Indicator("Kartleggingsprøver", "Bedre enn 2022", "Som 2022", GoalStatus.PARTLY_REACHED, "Delvis", null)));
        return new Chapter("4", "Oppvekst og utdanning", List.of(new Section("mal", "Mål og resultater",
                List.of(new Block.Goals(List.of(goal, other))))));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("sum-matches-rows", Finding.Severity.WARNING, List.of("1.2"), List.of(), "Summen stemmer ikke med radene",
                        "-152,5", "-152,5"),
                new Finding("deviation-matches-inputs", Finding.Severity.ERROR, List.of("1.2", "6.1"), List.of("skole"),
                        "Avviket har feil fortegn", "32", "-32"),
                new Finding("headcount-two-services", Finding.Severity.INFO, List.of("2.3"), List.of(), "Ulikt antall årsverk",
                        "1" + NBSP + "200", "1" + NBSP + "198"));
    }

    static Row row(String label, String kind, String... printed) {
        List<Cell> cells = new ArrayList<>();
        for (String text : printed) {
            var parsed = no.arsberetning.common.numbers.PrintedNumbers.parse(text);
            cells.add(parsed.isNumber() ? Cell.of(parsed.value(), text, "MNOK") : Cell.missing(parsed.reason(), text, "MNOK"));
        }
        return new Row(label, kind, cells);
    }

    static Cell text(String text) {
        return new Cell(null, text, null, null);
    }
}
