package no.arsberetning.gateway.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.report.Table;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.document.DemoReport;

/**
 * Every table of the demo report (the services' demo data) downloaded in every format and read back the way an
 * analyst's tools read it — the CSV with a CSV parser, its CSV on the Web metadata and Norwegian number parsing,
 * the workbook's cell types through POI, JSON-stat with a reader written from the specification — holds every
 * printed number as a number, in its row and in order, and gives every row its label; and the JSON-stat file
 * imports back as the printed table.
 */
class DemoOpenDataTest {

    private static final DatasetInfo RELEASE = new DatasetInfo(2023, 1, Instant.parse("2024-04-02T10:15:30Z"), "Trondheim kommune");
    private static List<OpenTable> tables;

    @BeforeAll
    static void load() throws IOException {
        ComposedReport report = DemoReport.load();
        tables = OpenTable.of(report.chapters());
    }

    @Test
    void theDemoHasItsTables() {
        assertThat(tables).hasSizeGreaterThan(50);
    }

    @Test
    void everyPrintedNumberIsANumberInTheCsvReadWithItsMetadata() {
        for (OpenTable table : tables) {
            AnalystCsv csv = AnalystCsv.read(TableFiles.render(table, TableFormat.CSV, RELEASE), TableFiles.render(table, TableFormat.CSVW, RELEASE));
            List<List<BigDecimal>> printed = printedNumbers(table.table());
            assertThat(csv.rows).as(table.id()).hasSize(printed.size());
            for (int r = 0; r < printed.size(); r++) {
                List<BigDecimal> numbers = new ArrayList<>();
                csv.rows.get(r).stream().filter(BigDecimal.class::isInstance).forEach(n -> numbers.add((BigDecimal) n));
                assertThat(numbers).as(table.id() + " row " + r).isEqualTo(printed.get(r));
            }
            int labels = labelColumns(csv.headings, csv.metadata);
            for (List<Object> row : csv.rows) {
                assertThat(String.join("", row.subList(0, labels).stream().map(Object::toString).toList()))
                        .as(table.id() + ": every row has its label").isNotBlank();
            }
        }
    }

    @Test
    void everyPrintedNumberIsANumericCellInTheWorkbook() throws IOException {
        for (OpenTable table : tables) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.render(table, TableFormat.XLSX, RELEASE)))) {
                XSSFSheet sheet = workbook.getSheet(table.id());
                assertThat(workbook.getSheet(XlsxFile.ABOUT)).as(table.id()).isNotNull();
                List<List<BigDecimal>> printed = printedNumbers(table.table());
                assertThat(sheet.getLastRowNum()).as(table.id()).isEqualTo(printed.size());
                for (int r = 0; r < printed.size(); r++) {
                    Row row = sheet.getRow(r + 1);
                    List<BigDecimal> numbers = new ArrayList<>();
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
                            numbers.add(cell.getCellStyle().getDataFormatString().endsWith("%") ? value.movePointRight(2) : value);
                        } else {
                            assertThat(cell.getStringCellValue()).as(table.id() + ": text cell").isNotNull();
                        }
                    }
                    assertThat(numbers).as(table.id() + " row " + r).usingElementComparator(BigDecimal::compareTo).isEqualTo(printed.get(r));
                }
            }
        }
    }

    @Test
    void everyPrintedNumberIsAValueInJsonStatAndEveryMissingOneHasAStatus() {
        for (OpenTable table : tables) {
            IndependentJsonStat read = IndependentJsonStat.read(TableFiles.render(table, TableFormat.JSON_STAT, RELEASE));
            IndependentJsonStat.Dimension rows = read.dimension("entity");
            IndependentJsonStat.Dimension columns = read.dimension("measure");
            List<List<BigDecimal>> printed = printedNumbers(table.table());
            assertThat(rows.index()).as(table.id()).hasSize(printed.size());
            assertThat(new HashSet<>(rows.index())).as(table.id() + ": row ids are unique").hasSize(rows.index().size());
            for (int r = 0; r < printed.size(); r++) {
                String row = rows.index().get(r);
                assertThat(rows.label(row)).as(table.id() + ": every row has its label").isNotBlank();
                List<BigDecimal> numbers = new ArrayList<>();
                for (String column : columns.index()) {
                    BigDecimal value = read.value("2023", row, column);
                    if (value != null) {
                        numbers.add(value);
                    } else {
                        assertThat(read.status("2023", row, column)).as(table.id() + " " + row + " " + column + ": why it is missing").isNotBlank();
                    }
                }
                assertThat(numbers).as(table.id() + " row " + row).isEqualTo(printed.get(r));
            }
        }
    }

    @Test
    void everyJsonStatFileImportsBackAsThePrintedTable() {
        for (OpenTable table : tables) {
            var sheets = TabularFiles.read(table.id() + ".json", TableFiles.render(table, TableFormat.JSON_STAT, RELEASE));
            assertThat(spaced(sheets.get(0).rows())).as(table.id()).isEqualTo(spaced(TableFilesTest.printed(table.table())));
        }
    }

    /** The import reads a cell's text with its runs of spaces as one. */
    private static List<List<String>> spaced(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(t -> t == null ? "" : t.replaceAll("\\s+", " ").strip()).toList()).toList();
    }

    /** The numbers of each data row (not a heading without numbers, not a footnote), in column order. */
    private static List<List<BigDecimal>> printedNumbers(Table table) {
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            boolean heading = "heading".equals(row.kind()) && row.cells().stream().allMatch(c -> c == null || c.value() == null);
            if ("note".equals(row.kind()) || heading) {
                continue;
            }
            rows.add(row.cells().stream().filter(c -> c != null && c.value() != null).map(Table.Cell::value).toList());
        }
        return rows;
    }

    /** How many leading columns the metadata describes as labels of the row. */
    private static int labelColumns(List<String> headings, tools.jackson.databind.JsonNode metadata) {
        int labels = 0;
        for (tools.jackson.databind.JsonNode column : metadata.at("/tableSchema/columns")) {
            if (!column.get("name").asString().startsWith("etikett-")) {
                break;
            }
            labels++;
        }
        return Math.max(1, Math.min(labels, headings.size()));
    }
}
