package no.arsberetning.gateway.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import no.arsberetning.common.Sha256;
import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TableFilesTest {

    private static final String NBSP = "\u00A0";
    private static final Instant PUBLISHED = Instant.parse("2024-04-02T10:15:30.123Z");
    private static final DatasetInfo RELEASE = new DatasetInfo(2023, 3, PUBLISHED, "Trondheim kommune");
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static final Table KEY_FIGURES = new Table("4.4", "Nøkkeltall barnehage. Kilde: SSB/KOSTRA", "mixed", null,
            List.of(new Column("trondheim-2022", "Trondheim 2022", "NOK"), new Column("trondheim-2023", "Trondheim 2023", "NOK"),
                    new Column("kommentar", "Kommentar", null)),
            List.of(new Row("Netto driftsutgifter per innbygger 1-5 år, kr", "line", List.of(
                            Cell.of(new BigDecimal("143010"), "143" + NBSP + "010", "NOK"),
                            Cell.of(new BigDecimal("1982.25"), "1" + NBSP + "982,25", "NOK"),
                            Cell.of(null, "Økt; se «note»", null))),
                    new Row("Andel barn med plass", "line", List.of(
                            Cell.of(new BigDecimal("93.5"), "93,5 %", "percent"),
                            Cell.missing(MissingReason.NOT_AVAILABLE_YET, "..", "percent"),
                            Cell.of(null, "", null))),
                    new Row("Sum", "total", List.of(
                            Cell.of(new BigDecimal("-1000"), "-1" + NBSP + "000", "NOK"),
                            Cell.missing(MissingReason.ZERO, "-", "NOK"),
                            Cell.of(null, "", null))),
                    new Row("*) Tall for 2023 er ikke klare", "note", List.of(
                            Cell.missing(MissingReason.NOT_REPORTED, "", null), Cell.missing(MissingReason.NOT_REPORTED, "", null),
                            Cell.missing(MissingReason.NOT_REPORTED, "", null)))));

    static final OpenTable TABLE = new OpenTable("4.4", "4", "Barnehage", "nokkeltall", "Nøkkeltall", KEY_FIGURES);

    /** The table as printed, as the import reads it: heading over the row labels, column labels, every row's label and texts. */
    static List<List<String>> printed(Table table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(table.labelHeader() == null ? "" : table.labelHeader());
        table.columns().forEach(c -> header.add(c.label()));
        rows.add(header);
        for (Row row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.label());
            row.cells().forEach(c -> line.add(c.text()));
            rows.add(line);
        }
        return rows;
    }

    @Nested
    class Csv {

        private final String csv = new String(TableFiles.render(TABLE, TableFormat.CSV, RELEASE), StandardCharsets.UTF_8);

        @Test
        void isUtf8WithBomSemicolonsAHeadingRowAndNumbersWithADecimalCommaOnly() {
            assertThat(csv).startsWith("\uFEFFRad;Enhet;Trondheim 2022;Trondheim 2023;Trondheim 2023 (status);Kommentar;Radtype\r\n");
            assertThat(csv).contains("Netto driftsutgifter per innbygger 1-5 år, kr;kroner;143010;1982,25;*;\"Økt; se «note»\";linje\r\n",
                    "Andel barn med plass;prosent;93,5;;..;;linje\r\n", "Sum;kroner;-1000;;-;;sum\r\n");
            assertThat(csv).as("a footnote is no row").doesNotContain("Tall for 2023 er ikke klare").doesNotContain(NBSP);
        }

        @Test
        void readsBackWithACsvParserAsNumbersUnitsAndStatuses() {
            AnalystCsv read = AnalystCsv.read(TableFiles.render(TABLE, TableFormat.CSV, RELEASE),
                    TableFiles.render(TABLE, TableFormat.CSVW, RELEASE));
            assertThat(read.numeric).containsExactly(false, false, true, true, false, false, false);
            assertThat(read.rows.get(0)).containsExactly("Netto driftsutgifter per innbygger 1-5 år, kr", "kroner", new BigDecimal("143010"),
                    new BigDecimal("1982.25"), "*", "Økt; se «note»", "linje");
            assertThat(read.rows.get(1)).containsExactly("Andel barn med plass", "prosent", new BigDecimal("93.5"), null, "..", "", "linje");
        }

        @Test
        void guardsATextASpreadsheetWouldRunAsAFormula() {
            assertThat(CsvFile.guarded("=SUM(A1)")).isEqualTo("'=SUM(A1)");
            assertThat(CsvFile.guarded("- herav skoler")).isEqualTo("'- herav skoler");
            assertThat(CsvFile.guarded("-")).as("Statistics Norway's nil").isEqualTo("-");
        }
    }

    @Nested
    class Csvw {

        private final JsonNode metadata = JSON.readTree(TableFiles.render(TABLE, TableFormat.CSVW, RELEASE));

        @Test
        void describesTheCsvBesideItColumnByColumn() {
            assertThat(metadata.get("url").asString()).isEqualTo("4.4.csv");
            assertThat(metadata.at("/@context/0").asString()).isEqualTo("http://www.w3.org/ns/csvw");
            assertThat(metadata.at("/dialect/delimiter").asString()).isEqualTo(";");
            List<String> titles = new ArrayList<>();
            metadata.at("/tableSchema/columns").forEach(c -> titles.add(c.get("titles").asString()));
            String csv = new String(TableFiles.render(TABLE, TableFormat.CSV, RELEASE), StandardCharsets.UTF_8);
            assertThat(String.join(";", titles)).isEqualTo(csv.substring(1, csv.indexOf("\r\n")));
            assertThat(metadata.at("/tableSchema/columns/2/datatype/base").asString()).isEqualTo("decimal");
            assertThat(metadata.at("/tableSchema/columns/2/datatype/format/decimalChar").asString()).isEqualTo(",");
            assertThat(metadata.at("/tableSchema/columns/4/dc:description").asString()).contains("status");
        }

        @Test
        void saysTitleSourceReleaseNotesAndTheLegend() {
            assertThat(metadata.get("dc:title").asString()).isEqualTo("Tabell 4.4 Nøkkeltall barnehage. Kilde: SSB/KOSTRA");
            assertThat(metadata.get("dc:source").asString()).isEqualTo("Trondheim kommune, Årsberetning 2023, utgivelse 3");
            assertThat(metadata.get("schema:version").asString()).isEqualTo("utgivelse 3");
            assertThat(texts(metadata.get("rdfs:comment"))).contains("*) Tall for 2023 er ikke klare",
                    "Tegnforklaring: .. ikke tilgjengelig ennå", "Tegnforklaring: - null", "Tegnforklaring: * foreløpig tall");
        }
    }

    @Nested
    class Xlsx {

        @Test
        void holdsNumbersAsNumericCellsAndPercentagesInAPercentFormat() throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.render(TABLE, TableFormat.XLSX, RELEASE)))) {
                var sheet = workbook.getSheet("4.4");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rad");
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Trondheim 2022");
                assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1982.25);
                assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.935);
                assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(sheet.getRow(2).getCell(3)).as("a missing value is an empty cell").isNull();
                assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("..");
                assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(PUBLISHED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
        }

        @Test
        void saysWhatTheTableIsOnTheSheetOmTabellen() throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.render(TABLE, TableFormat.XLSX, RELEASE)))) {
                var about = workbook.getSheet("Om tabellen");
                List<String> lines = new ArrayList<>();
                about.forEach(row -> lines.add(row.getCell(0).getStringCellValue() + ": " + row.getCell(1).getStringCellValue()));
                assertThat(lines).contains("Tittel: Tabell 4.4 Nøkkeltall barnehage. Kilde: SSB/KOSTRA", "Kapittel: 4 Barnehage",
                        "Kilde: Trondheim kommune, Årsberetning 2023, utgivelse 3", "Utgivelse: 3", "Merknad: *) Tall for 2023 er ikke klare",
                        "Tegnforklaring: * foreløpig tall", "Enhet: varierer per rad (se Enhet)");
                assertThat(lines).anyMatch(l -> l.startsWith("Kolonne: Trondheim 2023 (status): status for kolonnen"));
            }
        }

        @Test
        void everyZipEntryHasTheSameFixedTime() throws IOException {
            byte[] xlsx = TableFiles.render(TABLE, TableFormat.XLSX, RELEASE);
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                    assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(StableXlsx.ENTRY_TIME);
                    if (entry.getName().equals("docProps/core.xml")) {
                        assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains("2024-04-02T10:15:30Z");
                    }
                }
            }
            assertThat(names).contains("docProps/core.xml", "xl/workbook.xml");
        }
    }

    @Nested
    class JsonStat {

        private final byte[] file = TableFiles.render(TABLE, TableFormat.JSON_STAT, RELEASE);
        private final IndependentJsonStat read = IndependentJsonStat.read(file);
        private final JsonNode dataset = JSON.readTree(file);

        @Test
        void isADatasetOfTheDataRowsWithTheRowsAsMetricsWhenTheyCarryTheUnits() {
            assertThat(dataset.get("version").asString()).isEqualTo("2.0");
            assertThat(dataset.get("class").asString()).isEqualTo("dataset");
            assertThat(dataset.get("label").asString()).isEqualTo("Tabell 4.4 Nøkkeltall barnehage. Kilde: SSB/KOSTRA");
            assertThat(read.dimensions).extracting(IndependentJsonStat.Dimension::id).containsExactly("period", "entity", "measure");
            assertThat(read.dimension("entity").index()).containsExactly("netto-driftsutgifter-per-innbygger-1-5-ar-kr",
                    "andel-barn-med-plass", "sum");
            assertThat(read.dimension("measure").index()).containsExactly("trondheim-2022", "trondheim-2023");
            assertThat(texts(dataset.at("/role/metric"))).containsExactly("entity");
            assertThat(dataset.at("/dimension/entity/category/unit/andel-barn-med-plass/label").asString()).isEqualTo("prosent");
            assertThat(dataset.at("/dimension/entity/category/unit/sum/label").asString()).isEqualTo("kroner");
            assertThat(dataset.at("/dimension/entity/category/note/netto-driftsutgifter-per-innbygger-1-5-ar-kr/0").asString())
                    .isEqualTo("Kommentar: Økt; se «note»");
        }

        @Test
        void valuesAreExactAndEveryMissingOrPreliminaryValueHasAStatus() {
            assertThat(read.value("2023", "netto-driftsutgifter-per-innbygger-1-5-ar-kr", "trondheim-2022")).isEqualTo(new BigDecimal("143010"));
            assertThat(read.value("2023", "netto-driftsutgifter-per-innbygger-1-5-ar-kr", "trondheim-2023")).isEqualTo(new BigDecimal("1982.25"));
            assertThat(read.status("2023", "netto-driftsutgifter-per-innbygger-1-5-ar-kr", "trondheim-2023")).isEqualTo("*");
            assertThat(read.value("2023", "sum", "trondheim-2022")).isEqualTo(new BigDecimal("-1000"));
            assertThat(read.status("2023", "andel-barn-med-plass", "trondheim-2023")).isEqualTo("..");
            assertThat(read.status("2023", "sum", "trondheim-2023")).isEqualTo("-");
            for (int i = 0; i < read.values.size(); i++) {
                assertThat(read.values.get(i) != null || read.statuses.get(i) != null).as("value " + i).isTrue();
            }
        }

        @Test
        void aFootnoteIsANoteNotARow() {
            assertThat(texts(dataset.get("note"))).containsExactly("*) Tall for 2023 er ikke klare");
        }

        @Test
        void aTableFromAnotherSourceHasNoPreliminaryFigures() {
            Table own = new Table("4.7", "Nøkkeltall. Kilde: Helseplattformen", "count", null,
                    List.of(new Column("a-2023", "2023", "count")),
                    List.of(new Row("Saker", "line", List.of(Cell.of(new BigDecimal("12"), "12", "count")))));
            JsonNode other = JSON.readTree(TableFiles.render(new OpenTable("4.7", "4", "Oppvekst", "s", "S", own),
                    TableFormat.JSON_STAT, RELEASE));
            assertThat(other.has("status")).isFalse();
            assertThat(texts(other.at("/role/metric"))).containsExactly("measure");
            assertThat(other.at("/dimension/measure/category/unit/a-2023/label").asString()).isEqualTo("antall");
        }

        @Test
        void saysWhereItComesFrom() {
            assertThat(dataset.get("source").asString()).isEqualTo("Trondheim kommune, Årsberetning 2023, utgivelse 3");
            assertThat(dataset.get("updated").asString()).isEqualTo("2024-04-02T10:15:30.123Z");
            JsonNode extension = dataset.at("/extension/arsberetning");
            assertThat(extension.get("table").asString()).isEqualTo("4.4");
            assertThat(extension.get("release").asInt()).isEqualTo(3);
            assertThat(texts(extension.get("rowKinds"))).containsExactly("line", "line", "total");
            assertThat(extension.at("/basis/netto-driftsutgifter-per-innbygger-1-5-ar-kr").asString()).isEqualTo("innbygger 1-5 år");
        }

        @Test
        void readsBackThroughTheImportAsThePrintedTable() {
            List<Sheet> sheets = TabularFiles.read("nedlastet.json", file);

            assertThat(sheets).hasSize(1);
            assertThat(sheets.get(0).name()).isEqualTo("4.4");
            assertThat(sheets.get(0).rows()).isEqualTo(printed(KEY_FIGURES));
        }

        @Test
        void theCurrentDataSaysItIsNotPublished() {
            JsonNode current = JSON.readTree(TableFiles.render(TABLE, TableFormat.JSON_STAT,
                    new DatasetInfo(2023, null, PUBLISHED, "Trondheim kommune")));

            assertThat(current.get("source").asString()).isEqualTo("Trondheim kommune, Årsberetning 2023 (arbeidsdata, ikke publisert)");
            assertThat(current.at("/extension/arsberetning/release").isMissingNode()).isTrue();
        }
    }

    @Test
    void theSameTableGivesTheSameBytesInEveryFormat() {
        for (TableFormat format : TableFormat.values()) {
            byte[] first = TableFiles.render(TABLE, format, RELEASE);
            byte[] second = TableFiles.render(new OpenTable("4.4", "4", "Barnehage", "nokkeltall", "Nøkkeltall", copy(KEY_FIGURES)),
                    format, new DatasetInfo(2023, 3, PUBLISHED, "Trondheim kommune"));
            assertThat(Sha256.of(second)).as(format.name()).isEqualTo(Sha256.of(first));
        }
    }

    @Test
    void theCsvsMetadataHasItsOwnFileNameAndLinkedName() {
        assertThat(OpenDataController.FileName.parse("4.4.csv-metadata.json")).isEqualTo(new OpenDataController.FileName("4.4", TableFormat.CSVW));
        assertThat(OpenDataController.FileName.parse("4.4.json")).isEqualTo(new OpenDataController.FileName("4.4", TableFormat.JSON_STAT));
        assertThat(TableFiles.fileName(TABLE, TableFormat.CSVW, RELEASE)).isEqualTo("arsberetning-2023-utgivelse-3-tabell-4.4.csv-metadata.json");
    }

    @Test
    void anotherPublicationTimeIsAnotherXlsxAndJsonStatButTheSameCsv() {
        DatasetInfo later = new DatasetInfo(2023, 3, PUBLISHED.plusSeconds(3600), "Trondheim kommune");
        assertThat(TableFiles.render(TABLE, TableFormat.CSV, later)).isEqualTo(TableFiles.render(TABLE, TableFormat.CSV, RELEASE));
        assertThat(TableFiles.render(TABLE, TableFormat.XLSX, later)).isNotEqualTo(TableFiles.render(TABLE, TableFormat.XLSX, RELEASE));
        assertThat(TableFiles.render(TABLE, TableFormat.JSON_STAT, later)).isNotEqualTo(TableFiles.render(TABLE, TableFormat.JSON_STAT, RELEASE));
    }

    @Test
    void fileNamesNameTheYearReleaseAndTable() {
        assertThat(TableFiles.fileName(TABLE, TableFormat.JSON_STAT, RELEASE)).isEqualTo("arsberetning-2023-utgivelse-3-tabell-4.4.json");
        assertThat(TableFiles.fileName(TABLE, TableFormat.CSV, new DatasetInfo(2023, null, PUBLISHED, null)))
                .isEqualTo("arsberetning-2023-arbeidsdata-tabell-4.4.csv");
    }

    @Nested
    class Ids {

        @Test
        void theNumberWhereUniqueElseTheChapterAndPosition() {
            Table unnumbered = new Table(null, "Utslippsbane", "percent", null, List.of(), List.of());
            Table twice = new Table("2.1", "To ganger", null, null, List.of(), List.of());
            List<Chapter> chapters = List.of(
                    new Chapter("1", "Økonomi", List.of(new Section("a", "A", List.of(new Block.TableBlock(KEY_FIGURES),
                            new Block.Text("<p>tekst</p>"), new Block.TableBlock(twice))))),
                    new Chapter("3", "Klima", List.of(new Section("b", "B", List.of(new Block.TableBlock(twice),
                            new Block.TableBlock(unnumbered), new Block.TableBlock(new Table("3.2/a", "Skråstrek", null, null,
                                    List.of(), List.of())))))));

            assertThat(OpenTable.of(chapters)).extracting(OpenTable::id).containsExactly("4.4", "1-t2", "3-t1", "3-t2", "3-t3");
            assertThat(OpenTable.of(chapters).get(3).chapterTitle()).isEqualTo("Klima");
        }
    }

    private static Table copy(Table t) {
        return new Table(t.number(), t.caption(), t.unit(), t.signConvention(), List.copyOf(t.columns()), List.copyOf(t.rows()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }
}
