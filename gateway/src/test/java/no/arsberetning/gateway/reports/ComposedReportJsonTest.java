package no.arsberetning.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The composed report written with the services' chapters passed through is the document the records would give. */
class ComposedReportJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ComposedReportJson json = new ComposedReportJson(mapper);

    private static Chapter chapter(String number, String title) {
        Table table = new Table("1.2", "Driftsregnskapet «æøå»", "1 000 kr", "positive",
                List.of(new Table.Column("budget", "Budsjett", "1 000 kr")),
                List.of(new Table.Row("Skatt på inntekt og formue", "line", List.of(
                        new Table.Cell(new BigDecimal("12345678901234567890.10"), "12 345 678 901 234 567 890,10", null, null),
                        new Table.Cell(null, null, null, MissingReason.values()[0])))));
        return new Chapter(number, title, List.of(new Section("innledning", "Innledning", List.of(
                new Block.Text("<p>Hei \"på\" deg\u2212 \\ </p>"), new Block.TableBlock(table)))));
    }

    @Test
    void theSplicedDocumentIsTheOneTheRecordsWouldGive() {
        List<Chapter> finance = List.of(chapter("1", "Økonomi"));
        List<Chapter> areas = List.of(chapter("4", "Oppvekst og utdanning"), chapter("5", "Helse og velferd"));
        List<Chapter> placeholder = List.of(new Chapter("2", "Arbeidsgiverområdet", List.of(new Section("unavailable",
                "Ikke tilgjengelig", List.of(new Block.Text("<p>Kapittelet kunne ikke hentes nå.</p>"))))));
        List<SourceStatus> statuses = List.of(new SourceStatus("finance", "Økonomitjenesten", List.of("1"), true, null, 12),
                new SourceStatus("hr", "Arbeidsgivertjenesten", List.of("2"), false, "svarte ikke", 900));
        Instant now = Instant.parse("2026-11-27T08:00:00.123Z");

        byte[] written = json.write(new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", now, null, statuses,
                        List.of(), List.of(), null),
                List.of(json.chaptersOf(mapper.writeValueAsBytes(new ReportDocument("finance", 2023, finance))),
                        ComposedReportJson.placeholders(placeholder),
                        json.chaptersOf(mapper.writeValueAsBytes(new ReportDocument("services-goals", 2023, areas))))).toByteArray();

        List<Chapter> all = new java.util.ArrayList<>(finance);
        all.addAll(placeholder);
        all.addAll(areas);
        String expected = mapper.writeValueAsString(new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", now,
                null, statuses, all, List.of(), null));
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(expected).contains("12345678901234567890.10");
    }

    @Test
    void aServiceAnswerWithoutChaptersIsRefused() {
        assertThatThrownBy(() -> json.chaptersOf("{\"source\":\"hr\",\"year\":2023}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.chaptersOf("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.chaptersOf("{\"chapters\":[{\"number\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPrettyPrintedServiceReportGivesTheSameDocument() {
        ReportDocument finance = new ReportDocument("finance", 2023, List.of(chapter("1", "Økonomi")));
        ComposedReport header = new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.EPOCH, null,
                List.of(), List.of(), List.of(), null);
        byte[] compact = json.write(header, List.of(json.chaptersOf(mapper.writeValueAsBytes(finance)))).toByteArray();
        byte[] pretty = json.write(header, List.of(json.chaptersOf(
                mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(finance)))).toByteArray();
        assertThat(mapper.readTree(pretty)).isEqualTo(mapper.readTree(compact));
        assertThatThrownBy(() -> json.chaptersOf("{\"chapters\":[]} trailing".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anEmptyReportGivesNoChapters() {
        byte[] written = json.write(new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.EPOCH, null,
                List.of(), List.of(), List.of(), null), List.of(json.chaptersOf("{\"chapters\":[]}".getBytes(StandardCharsets.UTF_8)))).toByteArray();
        assertThat(mapper.readTree(written).get("chapters").size()).isZero();
    }

    @Test
    void theFrontMatterOfTheServiceThatHasItIsRead() {
        var front = new ReportDocument.FrontMatter("Trondheim kommune", "Tråanten tjielte", "sma", "Årsberetning 2023", 2023,
                "Kommunedirektøren", null, null, "Et begivenhetsrikt år", "<p>2023 var et begivenhetsrikt år.</p>");
        var finance = new ReportDocument("finance", 2023, front, List.of(chapter("1", "Økonomi")));

        assertThat(json.chaptersOf(mapper.writeValueAsBytes(finance)).frontMatter()).isEqualTo(front);
        assertThat(json.chaptersOf(mapper.writeValueAsBytes(new ReportDocument("hr", 2023, List.of()))).frontMatter()).isNull();
    }
}
