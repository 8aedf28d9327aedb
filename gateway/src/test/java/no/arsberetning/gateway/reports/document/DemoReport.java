package no.arsberetning.gateway.reports.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Chart;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;
import no.arsberetning.common.tables.DemoChapterFile;
import no.arsberetning.common.tables.Markup;
import no.arsberetning.common.tables.TableDraft;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo dataset (Trondheim kommune's Årsberetning 2023, as transcribed in the services' demo files) turned
 * into a composed report roughly as the services will deliver it: every printed table in its chapter, the
 * goals with their printed status wording, and the climate trajectory as a table of years.
 */
public final class DemoReport {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PERCENT = Pattern.compile("(\\d+) prosent");

    private DemoReport() {
    }

    public static ComposedReport load() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Chapter> chapters = new LinkedHashMap<>();
        for (String file : List.of("finance-service/src/main/resources/demo/2023/chapter-1.json",
                "hr-service/src/main/resources/demo/2023/chapter-2.json",
                "climate-service/src/main/resources/demo/2023/chapter-3.json")) {
            JsonNode node = json.readTree(Files.readString(ROOT.resolve(file)));
            List<Block> blocks = tables(node);
            if (file.startsWith("finance-service")) {
                // finance's chapter report asks for its results per service area (table 1.2) as deviation bars
                blocks.replaceAll(b -> b instanceof Block.TableBlock t && "1.2".equals(t.table().number())
                        ? new Block.TableBlock(t.table(), Chart.DEVIATIONS) : b);
            }
            List<Chart> charts = new ArrayList<>();
            if (node.has("trajectory")) {
                blocks.add(new Block.TableBlock(trajectory(node.get("trajectory"))));
                charts.add(Chart.TRAJECTORY);
            }
            chapters.put(node.get("chapter").asString(), new Chapter(node.get("chapter").asString(), node.get("title").asString(),
                    List.of(new Section("tabeller", "Tabeller", blocks)), charts));
        }
        JsonNode areas = json.readTree(Files.readString(ROOT.resolve("services-goals-service/src/main/resources/demo/2023/chapters-4-19-tables.json")));
        JsonNode goals = json.readTree(Files.readString(ROOT.resolve("services-goals-service/src/main/resources/demo/2023/chapters-4-19-goals.json")));
        for (JsonNode chapter : areas.get("chapterAreas")) {
            String number = chapter.get("chapter").asString();
            List<Block> tables = new ArrayList<>();
            for (TableDraft table : DemoChapterFile.tables(areas)) {
                if (number.equals(table.chapter())) {
                    tables.add(new Block.TableBlock(table(table)));
                }
            }
            List<Goal> chapterGoals = new ArrayList<>();
            for (JsonNode goal : goals.get("goals")) {
                if (number.equals(goal.path("chapter").asString())) {
                    chapterGoals.add(goal(goal, chapterGoals.size()));
                }
            }
            List<Section> sections = new ArrayList<>();
            sections.add(new Section("regnskap", "Driftsregnskap og nøkkeltall", tables));
            if (!chapterGoals.isEmpty()) {
                sections.add(new Section("mal", "Mål og resultater", List.of(new Block.Goals(chapterGoals))));
            }
            chapters.put(number, new Chapter(number, chapter.get("title").asString(), sections));
        }
        List<SourceStatus> sources = List.of(
                new SourceStatus("finance", "Økonomi (finance-service)", List.of("1"), true, null, 100),
                new SourceStatus("hr", "Arbeidsgiverområdet (hr-service)", List.of("2"), true, null, 100),
                new SourceStatus("climate", "Klimabudsjett (climate-service)", List.of("3"), true, null, 100),
                new SourceStatus("services-goals", "Tjenesteområdene (services-goals-service)", List.of("4-19"), true, null, 100));
        return new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", SampleReport.COMPOSED_AT, null, sources,
                new ArrayList<>(chapters.values()), SampleReport.findings(), null);
    }

    /** Every table of a demo file, in order, as {@link DemoChapterFile} (the services' demo reader) reads it. */
    private static List<Block> tables(JsonNode file) {
        List<Block> blocks = new ArrayList<>();
        for (TableDraft draft : DemoChapterFile.tables(file)) {
            blocks.add(new Block.TableBlock(table(draft)));
        }
        return blocks;
    }

    /**
     * As the services store and deliver it ({@code TableImporter}, {@code ReportTables}): labels as a reader reads
     * the printed header, cells without typographic markup, and a column is a number column (with the table's
     * unit) when every cell of its value rows is a number or a missing-value marker.
     */
    static Table table(TableDraft draft) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < draft.columnLabels().size(); c++) {
            columns.add(new Column("k" + (c + 1), Markup.strip(draft.columnLabels().get(c)), numbers(draft, c) ? draft.unit() : null));
        }
        List<Row> rows = new ArrayList<>();
        for (TableDraft.DraftRow row : draft.rows()) {
            List<Cell> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                values.add(cell(c < row.cells().size() ? Markup.strip(row.cells().get(c)) : "", draft.unit()));
            }
            rows.add(new Row(Markup.strip(row.label()), row.kind() == null ? "line" : row.kind(), values));
        }
        return new Table(draft.number(), draft.caption(), draft.unit(), draft.signConvention(), columns, rows);
    }

    private static boolean numbers(TableDraft draft, int column) {
        for (TableDraft.DraftRow row : draft.rows()) {
            String text = column < row.cells().size() ? Markup.withoutFootnoteMarks(Markup.strip(row.cells().get(column))) : "";
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
            if (!"note".equals(row.kind()) && !"heading".equals(row.kind()) && !parsed.isNumber() && !parsed.isMissing()) {
                return false;
            }
        }
        return true;
    }

    private static Cell cell(String text, String unit) {
        PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
        return new Cell(parsed.value(), text, parsed.unit() != null ? parsed.unit() : unit, parsed.reason());
    }

    private static Goal goal(JsonNode goal, int index) {
        List<Goal.Indicator> indicators = new ArrayList<>();
        for (JsonNode indicator : goal.get("indicators")) {
            String wording = indicator.path("status").isNull() ? null : indicator.path("status").asString(null);
            indicators.add(new Goal.Indicator(indicator.path("indicator").asString(""), indicator.path("ambition").asString(null),
                    indicator.path("result").asString(null), status(wording), wording, null));
        }
        List<String> areas = new ArrayList<>();
        goal.path("areas").forEach(a -> areas.add(a.asString()));
        return new Goal(goal.get("chapter").asString() + "-" + (index + 1), goal.get("goal").asString(), areas, indicators);
    }

    static GoalStatus status(String wording) {
        if (wording == null) {
            return null;
        }
        String w = wording.toLowerCase(Locale.ROOT);
        if (w.contains("ikke nådd")) {
            return GoalStatus.NOT_REACHED;
        }
        if (w.contains("delvis")) {
            return GoalStatus.PARTLY_REACHED;
        }
        if (w.contains("i stor grad")) {
            return GoalStatus.LARGELY_REACHED;
        }
        return w.contains("nådd") ? GoalStatus.REACHED : null;
    }

    /** The trajectory's stated reductions (negative: change since 2009) and targets, by year. */
    private static Table trajectory(JsonNode trajectory) {
        Map<Integer, String[]> years = new java.util.TreeMap<>();
        years.put(Integer.parseInt(trajectory.get("referenceYear").asString()), new String[] {"0", ""});
        collect(trajectory.get("points"), years, 0);
        collect(trajectory.get("targets"), years, 1);
        List<Row> rows = new ArrayList<>();
        years.forEach((year, values) -> rows.add(new Row(String.valueOf(year), "line",
                List.of(cell(values[0], "percent"), cell(values[1], "percent")))));
        return new Table(null, "Utslippsbane: endring i direkte klimagassutslipp sammenlignet med 2009", "percent", null,
                List.of(new Column("faktisk", "Faktisk endring", "percent"), new Column("mal", "Mål", "percent")), rows);
    }

    private static void collect(JsonNode points, Map<Integer, String[]> years, int column) {
        for (JsonNode point : points) {
            Matcher m = PERCENT.matcher(point.path("reductionText").asString(""));
            if (!point.path("year").isNull() && m.find()) {
                String[] values = years.computeIfAbsent(Integer.parseInt(point.get("year").asString()), y -> new String[] {"", ""});
                values[column] = "-" + m.group(1);
            }
        }
    }

}
