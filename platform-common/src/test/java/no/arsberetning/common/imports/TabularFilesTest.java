package no.arsberetning.common.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TabularFilesTest {

    private static final String NBSP = "\u00A0";

    private static List<List<String>> rows(List<Sheet> sheets) {
        assertThat(sheets).hasSize(1);
        return sheets.get(0).rows();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    @Nested
    class FileTypes {

        @ParameterizedTest
        @ValueSource(strings = {"tabell.xls", "tabell.txt", "tabell", "tabell.csv.pdf", ""})
        void refusesOtherFileTypes(String fileName) {
            assertThatThrownBy(() -> TabularFiles.read(fileName, utf8("a;b")))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessage("Filtypen støttes ikke: bruk .csv, .xlsx eller .json (JSON-stat 2.0)");
        }

        @Test
        void refusesAMissingFileName() {
            assertThatThrownBy(() -> TabularFiles.read(null, utf8("a;b"))).isInstanceOf(TabularFileException.class);
        }

        @Test
        void acceptsExtensionsInAnyCase() {
            assertThat(rows(TabularFiles.read("TABELL.CSV", utf8("a;b")))).containsExactly(List.of("a", "b"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"tom.csv", "tom.xlsx"})
        void refusesAnEmptyFile(String fileName) {
            assertThatThrownBy(() -> TabularFiles.read(fileName, new byte[0]))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessage("Filen er tom");
        }

        @ParameterizedTest
        @ValueSource(strings = {"stor.csv", "stor.xlsx"})
        void refusesFilesOverTenMegabytes(String fileName) {
            byte[] content = new byte[TabularFiles.MAX_BYTES + 1];
            Arrays.fill(content, (byte) 'a');

            assertThatThrownBy(() -> TabularFiles.read(fileName, content))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessage("Filen er for stor: høyst 10 MB er tillatt");
        }
    }

    @Nested
    class Csv {

        @Test
        void readsASemicolonFileFromNorwegianExcel() {
            List<Sheet> sheets = TabularFiles.read("tabell 1.1.csv",
                    utf8("Tjeneste;2022;2023\r\nBarnehage;1 982,2;-32,0\r\nSkole;4 004;12 %\r\n"));

            assertThat(sheets).containsExactly(new Sheet("tabell 1.1", List.of(
                    List.of("Tjeneste", "2022", "2023"),
                    List.of("Barnehage", "1 982,2", "-32,0"),
                    List.of("Skole", "4 004", "12 %"))));
        }

        @Test
        void readsACommaFile() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("Name,Value\n\"1 982,2\",3329\n"))))
                    .containsExactly(List.of("Name", "Value"), List.of("1 982,2", "3329"));
        }

        @Test
        void prefersTheSemicolonWhenTheHeaderHasBoth() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("Beløp, mill. kr;Endring, %\n1,5;2\n"))))
                    .containsExactly(List.of("Beløp, mill. kr", "Endring, %"), List.of("1,5", "2"));
        }

        @Test
        void ignoresDelimitersInsideQuotesWhenDetecting() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("\"a;b\",c\n1,2\n"))))
                    .containsExactly(List.of("a;b", "c"), List.of("1", "2"));
        }

        @Test
        void aHeaderWithoutDelimitersIsOneColumn() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("Beløp\n1,5\n"))))
                    .containsExactly(List.of("Beløp"), List.of("1,5"));
        }

        @Test
        void handlesRfc4180Quoting() {
            String csv = "a;b;c\r\n"
                    + "\"sier \"\"hei\"\"\";\"to\r\nlinjer\";\"x;y\"\r\n"
                    + "\"\";uten \"anførsel\";\n";

            assertThat(rows(TabularFiles.read("t.csv", utf8(csv)))).containsExactly(
                    List.of("a", "b", "c"),
                    List.of("sier \"hei\"", "to\r\nlinjer", "x;y"),
                    List.of("", "uten \"anførsel\"", ""));
        }

        @Test
        void keepsCellTextsUntrimmed() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("a;b\n 1 ; x\n")))).containsExactly(
                    List.of("a", "b"), List.of(" 1 ", " x"));
        }

        @Test
        void skipsTheByteOrderMark() {
            List<List<String>> rows = rows(TabularFiles.read("t.csv", utf8("\uFEFFÅr;Beløp\n2023;5\n")));

            assertThat(rows.get(0)).containsExactly("År", "Beløp");
        }

        @Test
        void aFileWithOnlyAByteOrderMarkHasNoRows() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("\uFEFF")))).isEmpty();
        }

        @Test
        void readsWindows1252AsNorwegianExcelSavesPlainCsvAndSaysSo() {
            byte[] content = "Område;Beløp\nØst – sør;5 €\n".getBytes(Charset.forName("windows-1252"));

            TabularFile file = TabularFiles.readFile("t.csv", content);

            assertThat(file.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(file.encodingLabel()).isEqualTo("Windows-1252");
            assertThat(rows(file.sheets())).containsExactly(List.of("Område", "Beløp"), List.of("Øst – sør", "5 €"));
        }

        @Test
        void readsUtf8WithAByteOrderMarkAndSaysSo() {
            TabularFile file = TabularFiles.readFile("t.csv", utf8("\uFEFFOmråde;Beløp\nØst;5\n"));

            assertThat(file.encodingLabel()).isEqualTo("UTF-8 med BOM");
            assertThat(rows(file.sheets()).get(0)).containsExactly("Område", "Beløp");
        }

        @Test
        void readsUtf8WithoutAByteOrderMarkAndSaysSo() {
            TabularFile file = TabularFiles.readFile("t.csv", utf8("Område;Beløp\nØst;5\n"));

            assertThat(file.encoding()).isEqualTo(TextEncoding.UTF_8);
            assertThat(rows(file.sheets()).get(1)).containsExactly("Øst", "5");
        }

        @Test
        void takesPlainAsciiForUtf8() {
            assertThat(TabularFiles.readFile("t.csv", utf8("a;b\n1;2\n")).encoding()).isEqualTo(TextEncoding.UTF_8);
        }

        @ParameterizedTest
        @ValueSource(strings = {"æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "§", "½", "«»"})
        void neverMistakesANorwegianWindows1252TextForUtf8(String letter) {
            String text = "Tjeneste;Beløp\n" + letter + "rlig " + letter + ";1 982,2\nSum " + letter + ";3\n";

            TabularFile file = TabularFiles.readFile("t.csv", text.getBytes(Charset.forName("windows-1252")));

            assertThat(file.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
            assertThat(rows(file.sheets()).get(1).get(0)).isEqualTo(letter + "rlig " + letter);
        }

        @Test
        void anExcelFileHasNoTextEncoding() {
            byte[] xlsx = TabularFiles.writeXlsx(List.of(new Sheet("1.1", List.of(List.of("a")))));

            assertThat(TabularFiles.readFile("t.xlsx", xlsx).encoding()).isNull();
        }

        @Test
        void refusesUtf16WithHowToSaveTheFile() {
            byte[] content = "\uFEFFa;b\n".getBytes(Charset.forName("UTF-16LE"));

            assertThatThrownBy(() -> TabularFiles.read("t.csv", content))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen er lagret som UTF-16")
                    .hasMessageContaining("«CSV UTF-8 (kommadelt)»");
        }

        @Test
        void refusesABinaryFileNamedCsv() {
            assertThatThrownBy(() -> TabularFiles.read("t.csv", new byte[] {'a', 0, 'b'}))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen er ikke en tekstfil");
        }

        @Test
        void refusesBytesUndefinedInBothEncodings() {
            assertThatThrownBy(() -> TabularFiles.read("t.csv", new byte[] {'a', ';', (byte) 0x81, '\n'}))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen er verken UTF-8 eller Windows-1252");
        }

        @Test
        void refusesABrokenUtf8FileThatStartsWithAByteOrderMark() {
            byte[] content = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xF8, '\n'};

            assertThatThrownBy(() -> TabularFiles.read("t.csv", content))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen begynner som UTF-8");
        }

        @Test
        void refusesAnUnclosedQuote() {
            assertThatThrownBy(() -> TabularFiles.read("t.csv", utf8("a;b\n1;2\n\"3;4\n5;6\n")))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessage("Linje 3: et anførselstegn (\") blir aldri lukket");
        }

        @Test
        void dropsTrailingEmptyLinesAndRowsAndPadsShortRows() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("a;b;c\n1\n\n;;\n2;3\n;;\n\n;\n"))))
                    .containsExactly(
                            List.of("a", "b", "c"),
                            List.of("1", "", ""),
                            List.of("", "", ""),
                            List.of("", "", ""),
                            List.of("2", "3", ""));
        }

        @Test
        void readsALastLineWithoutLineBreak() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("a;b\r\n1;2"))))
                    .containsExactly(List.of("a", "b"), List.of("1", "2"));
        }

        @Test
        void namesTheSheetAfterTheFileWithoutFolder() {
            assertThat(TabularFiles.read("C:\\Users\\kari\\Tabell 2.3.csv", utf8("a")).get(0).name())
                    .isEqualTo("Tabell 2.3");
            assertThat(TabularFiles.read("eksport/drift.csv", utf8("a")).get(0).name()).isEqualTo("drift");
        }

        @Test
        void acceptsOneHundredThousandRowsButNoMore() {
            assertThat(rows(TabularFiles.read("t.csv", utf8("1\n".repeat(TabularFiles.MAX_ROWS))))).hasSize(100_000);
            assertThatThrownBy(() -> TabularFiles.read("t.csv", utf8("1\n".repeat(TabularFiles.MAX_ROWS + 1))))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageContaining("for mange rader");
        }

        @Test
        void writesUtf8WithBomSemicolonsAndCrlf() {
            byte[] csv = TabularFiles.writeCsv(new Sheet("t", List.of(
                    List.of("Tjeneste", "Beløp, mill. kr"),
                    List.of("Skole \"nord\"", "1" + NBSP + "982,2, ikke justert"),
                    List.of("to\nlinjer", "x;y"))));

            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(new String(csv, 3, csv.length - 3, UTF_8)).isEqualTo(
                    "Tjeneste;\"Beløp, mill. kr\"\r\n"
                            + "\"Skole \"\"nord\"\"\";1" + NBSP + "982,2, ikke justert\r\n"
                            + "\"to\nlinjer\";\"x;y\"\r\n");
        }

        @Test
        void guardsAgainstFormulaInjectionButNotNumbers() {
            byte[] csv = TabularFiles.writeCsv(new Sheet("t", List.of(List.of("Celle"), List.of(
                    "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx",
                    "-484", "+ 0,2", "-32,0", "-", "+8,4 %", "a=b"))));

            assertThat(new String(csv, UTF_8)).isEqualTo("\uFEFFCelle\r\n"
                    + "\"'=HYPERLINK(\"\"http://x\"\")\";'+1+1;'-2+3;'@SUM(A1);'\tx;"
                    + "-484;+ 0,2;-32,0;-;+8,4 %;a=b\r\n");
        }

        @Test
        void readsBackWhatItWrites() {
            Sheet sheet = new Sheet("Tabell 1.1", List.of(
                    List.of("Tjeneste", "Beløp, mill. kr", "Endring"),
                    List.of("Barnehage", "1" + NBSP + "982,2", "-32,0"),
                    List.of("Sier \"hei\"", "to\r\nlinjer", "12 %"),
                    List.of("i.a.", "", "-"),
                    List.of("", "x;y", "\u221212")));

            List<Sheet> read = TabularFiles.read("Tabell 1.1.csv", TabularFiles.writeCsv(sheet));

            assertThat(read).containsExactly(sheet);
        }

        @Test
        void readsBackAOneColumnSheetWhoseHeaderHasAComma() {
            Sheet sheet = new Sheet("t", List.of(List.of("Beløp, mill. kr"), List.of("1 982,2"), List.of("3,5")));

            assertThat(TabularFiles.read("t.csv", TabularFiles.writeCsv(sheet))).containsExactly(sheet);
        }

        @Test
        void readsBackAGuardedCellWithItsApostrophe() {
            Sheet sheet = new Sheet("t", List.of(List.of("a"), List.of("=1+1")));

            assertThat(rows(TabularFiles.read("t.csv", TabularFiles.writeCsv(sheet))))
                    .containsExactly(List.of("a"), List.of("'=1+1"));
        }
    }

    @Nested
    class Xlsx {

        private final Sheet demo = new Sheet("Tabell 1.1", List.of(
                List.of("Tjeneste", "2022", "2023", "Endring", "Merknad"),
                List.of("Barnehage", "1" + NBSP + "982,2", "-32,0", "+8,4", "i.a."),
                List.of("Skole", "4" + NBSP + "004", "3329", "12 %", "55-57"),
                List.of("Helse", "-484", "1" + NBSP + "234" + NBSP + "567,891", "2,50%", "738.8 GWh"),
                List.of("Energi", "0,0", "\u221212", "-0,0", "-"),
                List.of("Totalt", "521" + NBSP + "978", "1255,2", "1.234", "")));

        @Test
        void readsBackWhatItWrites() {
            assertThat(TabularFiles.read("t.xlsx", TabularFiles.writeXlsx(List.of(demo)))).containsExactly(demo);
        }

        @Test
        void normalizesThousandsSeparatorsToNoBreakSpaces() {
            Sheet sheet = new Sheet("s", List.of(List.of("a", "b"), List.of("1 982,2", "1\u202F234")));

            assertThat(rows(TabularFiles.read("t.xlsx", TabularFiles.writeXlsx(List.of(sheet)))))
                    .containsExactly(List.of("a", "b"), List.of("1" + NBSP + "982,2", "1" + NBSP + "234"));
        }

        @Test
        void writesPlainNumbersAsNumericCellsWithTheirDecimals() throws IOException {
            try (XSSFWorkbook workbook = open(TabularFiles.writeXlsx(List.of(demo)))) {
                XSSFSheet sheet = workbook.getSheetAt(0);

                assertNumber(sheet.getRow(1).getCell(1), 1982.2, "#,##0.0");
                assertNumber(sheet.getRow(1).getCell(2), -32.0, "#,##0.0");
                assertNumber(sheet.getRow(2).getCell(1), 4004, "#,##0");
                assertNumber(sheet.getRow(2).getCell(2), 3329, "0");
                assertNumber(sheet.getRow(3).getCell(2), 1234567.891, "#,##0.000");
                assertNumber(sheet.getRow(5).getCell(2), 1255.2, "0.0");
                for (XSSFCell text : List.of(sheet.getRow(1).getCell(3), sheet.getRow(2).getCell(3),
                        sheet.getRow(3).getCell(4), sheet.getRow(4).getCell(2), sheet.getRow(4).getCell(3),
                        sheet.getRow(5).getCell(3), sheet.getRow(0).getCell(1))) {
                    assertThat(text.getCellType()).as(text.getReference()).isEqualTo(CellType.STRING);
                }
            }
        }

        private void assertNumber(XSSFCell cell, double value, String format) {
            assertThat(cell.getCellType()).as(cell.getReference()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(value);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
        }

        @Test
        void writesABoldFrozenHeaderAndFitsColumns() throws IOException {
            try (XSSFWorkbook workbook = open(TabularFiles.writeXlsx(List.of(demo)))) {
                XSSFSheet sheet = workbook.getSheetAt(0);

                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
                assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isFalse();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getColumnWidth(0)).isEqualTo((9 + 2) * 256);   // "Barnehage", or bold "Tjeneste" + 1
                assertThat(sheet.getColumnWidth(2)).isEqualTo((13 + 2) * 256);  // "1 234 567,891"
            }
        }

        @Test
        void makesSheetNamesValidAndUnique() throws IOException {
            List<Sheet> sheets = List.of(
                    new Sheet("Tabell [1]: drift/investering*?", List.of()),
                    new Sheet("tabell [1]: drift/investering*?", List.of()),
                    new Sheet("Tabell 1.1 Netto driftsutgifter per tjenesteområde", List.of()),
                    new Sheet("Tabell 1.1 Netto driftsutgifter per tjenesteområde", List.of()),
                    new Sheet("'", List.of()),
                    new Sheet("History", List.of()));

            List<String> names = TabularFiles.read("t.xlsx", TabularFiles.writeXlsx(sheets)).stream()
                    .map(Sheet::name).toList();

            assertThat(names).containsExactly(
                    "Tabell -1-- drift-investering--",
                    "tabell -1-- drift-investeri (2)",
                    "Tabell 1.1 Netto driftsutgifter",
                    "Tabell 1.1 Netto driftsutgi (2)",
                    "Ark",
                    "History (2)");
        }

        @Test
        void readsEverySheetInOrder() {
            List<Sheet> sheets = List.of(
                    new Sheet("Drift", List.of(List.of("a"), List.of("1"))),
                    new Sheet("Investering", List.of(List.of("b"), List.of("2"))));

            assertThat(TabularFiles.read("t.xlsx", TabularFiles.writeXlsx(sheets))).containsExactlyElementsOf(sheets);
        }

        @Test
        void refusesAnEmptyWorkbookList() {
            assertThatThrownBy(() -> TabularFiles.writeXlsx(List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void readsGeneralNumbersAsExactDecimalsNotScientific() throws IOException {
            byte[] file = workbook(sheet -> {
                sheet.createRow(0).createCell(0).setCellValue("Tall");
                double[] values = {3.14159265358979, 1234567.891, 0.0000001, 1.5e15, 4004, -32.5, 0.1 + 0.2, 1.0 / 3};
                for (int i = 0; i < values.length; i++) {
                    sheet.createRow(i + 1).createCell(0).setCellValue(values[i]);
                }
            });

            assertThat(rows(TabularFiles.read("t.xlsx", file))).extracting(row -> row.get(0)).containsExactly(
                    "Tall", "3,14159265358979", "1 234 567,891".replace(" ", NBSP), "0,0000001",
                    "1 500 000 000 000 000".replace(" ", NBSP), "4" + NBSP + "004", "-32,5", "0,3", "0,333333333333333");
        }

        @Test
        void readsOtherNumberFormatsAsExcelShowsThemInNorwegian() throws IOException {
            byte[] file = workbook(sheet -> {
                XSSFWorkbook workbook = sheet.getWorkbook();
                XSSFRow row = sheet.createRow(0);
                String[] formats = {"0.00%", "#,##0.0", "0.0", "#,##0"};
                double[] values = {0.125, -1982.25, 1982.25, -1234567.4};
                for (int i = 0; i < formats.length; i++) {
                    XSSFCellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(formats[i]));
                    XSSFCell cell = row.createCell(i);
                    cell.setCellValue(values[i]);
                    cell.setCellStyle(style);
                }
            });

            assertThat(rows(TabularFiles.read("t.xlsx", file)).get(0)).containsExactly(
                    "12,50%", "-1" + NBSP + "982,3", "1982,3", "-1" + NBSP + "234" + NBSP + "567");
        }

        @Test
        void usesTheCachedValueOfFormulasWithoutEvaluating() throws IOException {
            byte[] file = workbook(sheet -> {
                XSSFRow row = sheet.createRow(0);
                XSSFCell number = row.createCell(0);
                number.setCellFormula("1+1");
                number.setCellValue(1982.2);            // deliberately not 2: proves nothing is evaluated
                XSSFCell text = row.createCell(1);
                text.setCellFormula("\"a\"&\"b\"");
                text.setCellValue("cached");
                XSSFCell bool = row.createCell(2);
                bool.setCellFormula("1=1");
                bool.setCellValue(true);
                row.createCell(3).setCellValue(false);
            });

            assertThat(rows(TabularFiles.read("t.xlsx", file)).get(0))
                    .containsExactly("1" + NBSP + "982,2", "cached", "SANN", "USANN");
        }

        @Test
        void readsBlankAndMissingCellsAsEmptyAndPadsShortRows() throws IOException {
            byte[] file = workbook(sheet -> {
                XSSFRow header = sheet.createRow(0);
                header.createCell(0).setCellValue("a");
                header.createCell(1).setCellValue("b");
                header.createCell(2).setCellValue("c");
                XSSFRow row = sheet.createRow(1);
                row.createCell(0).setCellValue("1");
                row.createCell(1).setBlank();
                sheet.createRow(3).createCell(2).setCellValue("3");
                sheet.createRow(4).createCell(1).setBlank();   // trailing rows without content are dropped
                sheet.createRow(6).createCell(0).setCellValue(" ");
            });

            assertThat(rows(TabularFiles.read("t.xlsx", file))).containsExactly(
                    List.of("a", "b", "c"),
                    List.of("1", "", ""),
                    List.of("", "", ""),
                    List.of("", "", "3"));
        }

        @Test
        void readsAnEmptySheetAsNoRows() throws IOException {
            assertThat(TabularFiles.read("t.xlsx", workbook(sheet -> { })))
                    .containsExactly(new Sheet("Ark1", List.of()));
        }

        @Test
        void refusesAFileThatIsNotAZip() {
            assertThatThrownBy(() -> TabularFiles.read("t.xlsx", utf8("a;b\n1;2\n")))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen kan ikke leses som en Excel-fil (.xlsx)");
        }

        @Test
        void refusesATruncatedFile() {
            byte[] file = TabularFiles.writeXlsx(List.of(demo));

            assertThatThrownBy(() -> TabularFiles.read("t.xlsx", Arrays.copyOf(file, file.length / 2)))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen kan ikke leses som en Excel-fil (.xlsx)");
        }

        @Test
        void refusesAZipBomb() throws IOException {
            byte[] bomb = withExtraEntry(TabularFiles.writeXlsx(List.of(demo)), "xl/media/bomb.bin", new byte[20_000_000]);
            assertThat(bomb.length).isLessThan(200_000);

            assertThatThrownBy(() -> TabularFiles.read("t.xlsx", bomb))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageStartingWith("Filen kan ikke leses som en Excel-fil (.xlsx)")
                    .satisfies(e -> assertThat(e.getCause()).hasMessageContaining("Zip bomb"));
        }

        @Test
        void refusesMoreThanOneHundredThousandRows() throws IOException {
            byte[] file = workbook(sheet -> {
                for (int r = 0; r <= TabularFiles.MAX_ROWS; r++) {
                    sheet.createRow(r).createCell(0).setCellValue(r);
                }
            });

            assertThatThrownBy(() -> TabularFiles.read("t.xlsx", file))
                    .isInstanceOf(TabularFileException.class)
                    .hasMessageContaining("for mange rader");
        }

        private interface SheetBuilder {
            void build(XSSFSheet sheet);
        }

        private byte[] workbook(SheetBuilder builder) throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                builder.build(workbook.createSheet("Ark1"));
                workbook.write(out);
                return out.toByteArray();
            }
        }

        private XSSFWorkbook open(byte[] file) throws IOException {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        }

        private byte[] withExtraEntry(byte[] zip, String name, byte[] content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                 ZipOutputStream zipOut = new ZipOutputStream(out)) {
                List<String> copied = new ArrayList<>();
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zipOut.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zipOut);
                    zipOut.closeEntry();
                    copied.add(entry.getName());
                }
                assertThat(copied).contains("xl/workbook.xml");
                zipOut.putNextEntry(new ZipEntry(name));
                zipOut.write(content);
                zipOut.closeEntry();
            }
            return out.toByteArray();
        }
    }
}
