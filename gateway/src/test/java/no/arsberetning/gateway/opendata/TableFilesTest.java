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

    @Nested
    class Csv {

        @Test
        void isUtf8WithBomSemicolonsAndThePrintedTexts() {
            String csv = new String(TableFiles.render(TABLE, TableFormat.CSV, RELEASE), StandardCharsets.UTF_8);

            assertThat(csv).startsWith("\uFEFF;Trondheim 2022;Trondheim 2023;Kommentar\r\n");
            assertThat(csv).contains("Netto driftsutgifter per innbygger 1-5 år, kr;143" + NBSP + "010;1" + NBSP + "982,25;\"Økt; se «note»\"\r\n");
            assertThat(csv).contains("Andel barn med plass;93,5 %;..;\r\n", "Sum;-1" + NBSP + "000;-;\r\n");
        }

        @Test
        void readsBackAsTheTablesSheet() {
            List<Sheet> read = TabularFiles.read("4.4.csv", TableFiles.render(TABLE, TableFormat.CSV, RELEASE));

            assertThat(read.get(0).rows()).isEqualTo(TableFiles.sheet(TABLE).rows());
        }
    }

    @Nested
    class Xlsx {

        @Test
        void holdsTheTableWithNumbersAsNumbers() throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.render(TABLE, TableFormat.XLSX, RELEASE)))) {
                var sheet = workbook.getSheet("4.4");
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Trondheim 2022");
                assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1982.25);
                assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("93,5 %");
                assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(PUBLISHED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
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

        @Test
        void readsBackAsTheTablesSheet() {
            List<Sheet> read = TabularFiles.read("4.4.xlsx", TableFiles.render(TABLE, TableFormat.XLSX, RELEASE));

            assertThat(read.get(0).name()).isEqualTo("4.4");
            assertThat(read.get(0).rows()).isEqualTo(TableFiles.sheet(TABLE).rows());
        }
    }

    @Nested
    class JsonStat {

        private final JsonNode dataset = JSON.readTree(TableFiles.render(TABLE, TableFormat.JSON_STAT, RELEASE));

        @Test
        void isAJsonStat2DatasetWithPeriodEntityAndMeasure() {
            assertThat(dataset.get("version").asString()).isEqualTo("2.0");
            assertThat(dataset.get("class").asString()).isEqualTo("dataset");
            assertThat(dataset.get("label").asString()).isEqualTo("Tabell 4.4 Nøkkeltall barnehage. Kilde: SSB/KOSTRA");
            assertThat(texts(dataset.get("id"))).containsExactly("period", "entity", "measure");
            assertThat(dataset.get("size").toString()).isEqualTo("[1,4,3]");
            assertThat(texts(dataset.at("/role/time"))).containsExactly("period");
            assertThat(texts(dataset.at("/role/metric"))).containsExactly("measure");
            assertThat(texts(dataset.at("/dimension/period/category/index"))).containsExactly("2023");
            assertThat(texts(dataset.at("/dimension/entity/category/index"))).containsExactly(
                    "netto-driftsutgifter-per-innbygger-1-5-ar-kr", "andel-barn-med-plass", "sum", "tall-for-2023-er-ikke-klare");
            assertThat(dataset.at("/dimension/entity/category/label/sum").asString()).isEqualTo("Sum");
            assertThat(texts(dataset.at("/dimension/measure/category/index"))).containsExactly("trondheim-2022", "trondheim-2023", "kommentar");
            assertThat(dataset.at("/dimension/measure/category/label/trondheim-2023").asString()).isEqualTo("Trondheim 2023");
        }

        @Test
        void valuesAreExactAndEachMeasureHasItsUnit() {
            JsonNode value = dataset.get("value");
            assertThat(value.size()).isEqualTo(12);
            assertThat(value.get(0).decimalValue()).isEqualTo(new BigDecimal("143010"));
            assertThat(value.get(1).decimalValue()).isEqualTo(new BigDecimal("1982.25"));
            assertThat(value.get(6).decimalValue()).isEqualTo(new BigDecimal("-1000"));
            assertThat(value.get(2).isNull()).isTrue();
            assertThat(dataset.at("/dimension/measure/category/unit/trondheim-2022/label").asString()).isEqualTo("NOK");
            assertThat(dataset.at("/dimension/measure/category/unit/trondheim-2022/decimals").asInt()).isEqualTo(1);
            assertThat(dataset.at("/dimension/measure/category/unit/trondheim-2023/decimals").asInt()).isEqualTo(2);
            assertThat(dataset.at("/dimension/measure/category/unit/kommentar").isMissingNode()).as("a text column has no unit").isTrue();
            assertThat(dataset.at("/extension/arsberetning/cellUnit/3").asString()).isEqualTo("percent");
        }

        @Test
        void statusSaysWhyAValueIsMissingButNotForNoteRows() {
            assertThat(dataset.at("/status/4").asString()).isEqualTo("..");
            assertThat(dataset.at("/status/7").asString()).isEqualTo("-");
            JsonNode legend = dataset.at("/extension/arsberetning/status");
            assertThat(legend.get("..").asString()).isEqualTo("not-available-yet");
            assertThat(legend.get("-").asString()).isEqualTo("zero");
        }

        @Test
        void kostraFiguresForTheReportingYearArePreliminaryAndKeepTheirValue() {
            // Only the 2023 column's figure (position 1); 2022 is final, and a missing 2023 figure keeps its reason.
            assertThat(dataset.get("status").toString()).isEqualTo("{\"1\":\"*\",\"4\":\"..\",\"7\":\"-\"}");
            assertThat(dataset.at("/extension/arsberetning/status/*").asString()).isEqualTo("foreløpig tall");
            assertThat(dataset.get("value").get(1).decimalValue()).isEqualTo(new BigDecimal("1982.25"));
        }

        @Test
        void aTableFromAnotherSourceHasNoPreliminaryFigures() {
            Table own = new Table("4.7", "Nøkkeltall. Kilde: Helseplattformen", "count", null,
                    List.of(new Column("a-2023", "2023", "count")),
                    List.of(new Row("Saker", "line", List.of(Cell.of(new BigDecimal("12"), "12", "count")))));
            JsonNode other = JSON.readTree(TableFiles.render(new OpenTable("4.7", "4", "Oppvekst", "s", "S", own),
                    TableFormat.JSON_STAT, RELEASE));
            assertThat(other.has("status")).isFalse();
        }

        @Test
        void saysWhereItComesFromAndWhatTheImportNeeds() {
            assertThat(dataset.get("source").asString()).isEqualTo("Trondheim kommune, Årsberetning 2023, utgivelse 3");
            assertThat(dataset.get("updated").asString()).isEqualTo("2024-04-02T10:15:30.123Z");
            JsonNode extension = dataset.at("/extension/arsberetning");
            assertThat(extension.get("table").asString()).isEqualTo("4.4");
            assertThat(extension.get("release").asInt()).isEqualTo(3);
            assertThat(extension.get("chapter").asString()).isEqualTo("4");
            assertThat(texts(extension.get("columns"))).containsExactly("trondheim-2022", "trondheim-2023", "kommentar");
            assertThat(texts(extension.get("rowKinds"))).containsExactly("line", "line", "total", "note");
            assertThat(extension.at("/basis/netto-driftsutgifter-per-innbygger-1-5-ar-kr").asString()).isEqualTo("innbygger 1-5 år");
            assertThat(extension.get("text").get(2).asString()).isEqualTo("Økt; se «note»");
        }

        @Test
        void readsBackThroughTheImportAsTheTablesSheet() {
            List<Sheet> read = TabularFiles.read("nedlastet.json", TableFiles.render(TABLE, TableFormat.JSON_STAT, RELEASE));

            assertThat(read).hasSize(1);
            assertThat(read.get(0).name()).isEqualTo("4.4");
            assertThat(read.get(0).rows()).isEqualTo(TableFiles.sheet(TABLE).rows());
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
