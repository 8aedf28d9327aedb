package no.arsberetning.common.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * Reads and writes tables as CSV and Excel (.xlsx) files, the way people with Norwegian Excel settings edit them.
 * Cells are always texts; numbers are Norwegian text ({@code "1 982,2"}) that {@link PrintedNumbers} understands.
 *
 * <h2>Reading ({@link #read})</h2>
 * <ul>
 *   <li>The file type comes from the extension, {@code .csv}, {@code .xlsx} or {@code .json} (JSON-stat 2.0, one
 *       table; see {@link JsonStatTables}) (any case). An empty (0-byte)
 *       file is rejected; a CSV file holding only a BOM gives one sheet without rows.</li>
 *   <li>Files over {@value #MAX_BYTES} bytes ({@value #MAX_MEGABYTES} MB) and files with over {@value #MAX_ROWS} rows (all sheets
 *       together, header included) are rejected.</li>
 *   <li>Trailing rows whose cells are all blank are dropped; rows shorter than the header are padded with
 *       {@code ""}. Leading blank rows are kept, so row numbers match the file.</li>
 *   <li><b>CSV</b>: UTF-8 (with or without a BOM, which is skipped) or Windows-1252 (Norwegian Excel's plain
 *       «CSV»), detected as {@link TextEncoding} says and returned with the sheet ({@link #readFile}). The delimiter is {@code ';'} if the header line has a semicolon outside quotes, otherwise {@code ','} if it
 *       has a comma, otherwise {@code ';'}. RFC 4180 quoting; a stray quote inside an unquoted field is kept as
 *       text; an unclosed quote rejects the file. Cell texts are not trimmed, and a leading apostrophe (see
 *       {@link #writeCsv}) is <em>not</em> removed. One sheet, named after the file name without folder and
 *       extension.</li>
 *   <li><b>XLSX</b>: every sheet in workbook order, each cell as Excel with Norwegian settings displays it
 *       (POI's {@link DataFormatter}, locale nb-NO; minus normalized to {@code "-"}). Numbers in the
 *       "General" format come out as the exact decimal at Excel's 15 significant digits, formatted by
 *       {@link PrintedNumbers#format(BigDecimal)} ({@code 4004} &rarr; {@code "4 004"}, never {@code "1E-7"}).
 *       Formulas give their cached value and are never evaluated; booleans give {@code "SANN"}/{@code "USANN"};
 *       errors give Excel's English code ({@code "#DIV/0!"}). Zip bombs are refused through POI's
 *       {@link ZipSecureFile} limits, which this class tightens JVM-wide to at most
 *       {@value #MAX_XLSX_ENTRY_BYTES} bytes per unpacked entry and a compression ratio of at most 100.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * {@link #writeXlsx} and {@link #writeCsv} write files that {@link #read} reads back to the same texts, except
 * that thousands separators in numeric Excel cells come back as U+00A0, trailing blank rows are dropped, short
 * rows are padded, and CSV cells guarded against injection keep their apostrophe.
 */
public final class TabularFiles {

    /** Largest accepted file, in MB (MiB, as Excel and browsers count a file's size). */
    public static final int MAX_MEGABYTES = 10;
    /** Largest accepted file in bytes: {@value #MAX_MEGABYTES} MB. */
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    /** Most rows accepted in one file, header rows included. */
    public static final int MAX_ROWS = 100_000;
    /** Most columns accepted in one row (Excel's own limit). */
    public static final int MAX_COLUMNS = 16_384;

    static final long MAX_XLSX_ENTRY_BYTES = 50L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final char NBSP = PrintedNumbers.THOUSANDS_SEPARATOR;

    static {
        // Only ever tighten: other code in the JVM may have chosen stricter limits.
        if (ZipSecureFile.getMaxEntrySize() > MAX_XLSX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_XLSX_ENTRY_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
    }

    private TabularFiles() {
    }

    /**
     * Reads a {@code .csv}, {@code .xlsx} or {@code .json} file into sheets of cell texts. See the class
     * documentation.
     *
     * @throws TabularFileException with a Norwegian message when the file cannot be read
     */
    public static List<Sheet> read(String fileName, byte[] content) {
        return readFile(fileName, content).sheets();
    }

    /**
     * Reads a file as {@link #read} does, and says which text encoding a CSV file was in: what an import reports
     * back to the person who uploaded it.
     *
     * @throws TabularFileException with a Norwegian message when the file cannot be read
     */
    public static TabularFile readFile(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        boolean json = lower.endsWith(".json");
        if (!csv && !json && !lower.endsWith(".xlsx")) {
            throw new TabularFileException("Filtypen støttes ikke: bruk .csv, .xlsx eller .json (JSON-stat 2.0)");
        }
        if (content == null || content.length == 0) {
            throw new TabularFileException("Filen er tom");
        }
        if (content.length > MAX_BYTES) {
            throw new TabularFileException("Filen er for stor: høyst " + MAX_MEGABYTES + " MB er tillatt");
        }
        if (json) {
            return new TabularFile(List.of(JsonStatTables.read(baseName(fileName), content)), null);
        }
        if (csv) {
            TextEncoding.Decoded decoded = TextEncoding.decode(content);
            return new TabularFile(List.of(Csv.read(baseName(fileName), decoded.text())), decoded.encoding());
        }
        return new TabularFile(Xlsx.read(content), null);
    }

    /**
     * Writes an Excel workbook with one worksheet per sheet. Sheet names are made valid for Excel (at most 31
     * characters, none of {@code []:*?/\}, unique ignoring case). Row 0 is a bold, frozen header of text cells.
     * A data cell whose text is a plain number without unit that Excel can show exactly as written (at most 15
     * significant digits, no {@code "+"}, decimal comma, thousands grouped either everywhere or not at all) becomes
     * a numeric cell with a matching format ({@code "#,##0.0"}, or {@code "0.0"} for ungrouped texts such as
     * {@code "3329"}); every other cell is a text cell. Empty texts write no cell.
     *
     * @throws IllegalArgumentException if {@code sheets} is empty, or a text is longer than Excel allows
     */
    public static byte[] writeXlsx(List<Sheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one sheet");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Xlsx.Styles styles = new Xlsx.Styles(workbook);
            Set<String> usedNames = new HashSet<>();
            for (Sheet sheet : sheets) {
                XSSFSheet worksheet = workbook.createSheet(Xlsx.uniqueSheetName(sheet.name(), usedNames));
                Xlsx.writeRows(worksheet, sheet.rows(), styles);
                worksheet.createFreezePane(0, 1);
                Xlsx.fitColumns(worksheet, sheet.rows());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a CSV file as Norwegian Excel expects it: UTF-8 with BOM, {@code ';'} between cells, CRLF after
     * every row, quotes around cells containing {@code ; " CR LF} (and header cells containing a comma).
     * Against CSV injection, a text starting with {@code = + - @}, tab or CR gets a leading apostrophe unless
     * {@link PrintedNumbers} reads it as a number ({@code "-484"}, {@code "+ 0,2"}) or a missing-value marker
     * ({@code "-"}); {@link #read} keeps that apostrophe.
     */
    public static byte[] writeCsv(Sheet sheet) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<List<String>> rows = sheet.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(Csv.quote(Csv.guardInjection(row.get(i)), r == 0));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Drops trailing blank rows and pads rows shorter than the header. */
    private static List<List<String>> tidy(List<List<String>> rows) {
        int end = rows.size();
        while (end > 0 && rows.get(end - 1).stream().allMatch(String::isBlank)) {
            end--;
        }
        List<List<String>> result = new ArrayList<>(end);
        int width = end == 0 ? 0 : rows.get(0).size();
        for (List<String> row : rows.subList(0, end)) {
            List<String> padded = new ArrayList<>(row);
            while (padded.size() < width) {
                padded.add("");
            }
            result.add(padded);
        }
        return result;
    }

    private static TabularFileException tooManyRows() {
        return new TabularFileException("Filen har for mange rader: høyst " + MAX_ROWS + " er tillatt");
    }

    /** CSV reading and writing (RFC 4180). */
    private static final class Csv {

        static Sheet read(String name, String text) {
            return new Sheet(name, tidy(parse(text, detectDelimiter(text))));
        }

        /** ';' if the header line has one outside quotes, else ',' if it has one, else ';'. */
        private static char detectDelimiter(String text) {
            boolean quoted = false;
            boolean comma = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ';') {
                    return ';';
                } else if (!quoted && c == ',') {
                    comma = true;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                }
            }
            return comma ? ',' : ';';
        }

        private static List<List<String>> parse(String text, char delimiter) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean inQuotes = false;
            boolean fieldStarted = false;
            int line = 1;
            int quoteLine = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                    line++;
                }
                if (inQuotes) {
                    if (c != '"') {
                        field.append(c);
                    } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '"' && !fieldStarted) {
                    inQuotes = true;
                    fieldStarted = true;
                    quoteLine = line;
                } else if (c == delimiter) {
                    addField(row, field);
                    fieldStarted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    addField(row, field);
                    addRow(rows, row);
                    row = new ArrayList<>();
                    fieldStarted = false;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (inQuotes) {
                throw new TabularFileException("Linje " + quoteLine + ": et anførselstegn (\") blir aldri lukket");
            }
            if (fieldStarted || !row.isEmpty()) {
                addField(row, field);
                addRow(rows, row);
            }
            return rows;
        }

        private static void addField(List<String> row, StringBuilder field) {
            if (row.size() >= MAX_COLUMNS) {
                throw new TabularFileException("Filen har for mange kolonner: høyst " + MAX_COLUMNS + " er tillatt");
            }
            row.add(field.toString());
            field.setLength(0);
        }

        private static void addRow(List<List<String>> rows, List<String> row) {
            if (rows.size() >= MAX_ROWS) {
                throw tooManyRows();
            }
            rows.add(row);
        }

        static String guardInjection(String text) {
            if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
                return text;
            }
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
            return parsed.isNumber() || parsed.isMissing() ? text : "'" + text;
        }

        /**
         * Quotes a cell holding {@code ; " CR LF}. Header cells holding a comma are quoted too, so that
         * {@link #detectDelimiter} never mistakes a one-column file for a comma-separated one.
         */
        static String quote(String text, boolean header) {
            boolean needsQuotes = text.chars().anyMatch(c -> c == ';' || c == '"' || c == '\r' || c == '\n'
                    || (header && c == ','));
            return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    }

    /** Excel reading and writing with POI XSSF. */
    private static final class Xlsx {

        /** Excel shows and keeps 15 significant digits. */
        private static final MathContext EXCEL_PRECISION = new MathContext(15);
        private static final int MAX_SHEET_NAME = 31;
        private static final int MAX_COLUMN_CHARS = 60;

        static List<Sheet> read(byte[] content) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                DataFormatter formatter = new DataFormatter(NORWEGIAN);
                List<Sheet> sheets = new ArrayList<>();
                int rowCount = 0;
                for (org.apache.poi.ss.usermodel.Sheet worksheet : workbook) {
                    rowCount += worksheet.getLastRowNum() + 1;
                    if (rowCount > MAX_ROWS) {
                        throw tooManyRows();
                    }
                    sheets.add(new Sheet(worksheet.getSheetName(), tidy(readRows(worksheet, formatter))));
                }
                return sheets;
            } catch (TabularFileException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new TabularFileException("Filen kan ikke leses som en Excel-fil (.xlsx). Den kan være skadet, "
                        + "passordbeskyttet, i et eldre format (.xls) eller for stor når den pakkes ut.", e);
            }
        }

        private static List<List<String>> readRows(org.apache.poi.ss.usermodel.Sheet worksheet, DataFormatter formatter) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= worksheet.getLastRowNum(); r++) {
                Row row = worksheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
            return rows;
        }

        private static String text(Cell cell, DataFormatter formatter) {
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            switch (type) {
                case STRING:
                    return cell.getStringCellValue();
                case NUMERIC:
                    return number(cell.getNumericCellValue(), cell.getCellStyle(), formatter);
                case BOOLEAN:
                    return cell.getBooleanCellValue() ? "SANN" : "USANN";
                case ERROR:
                    return errorText(cell);
                default:
                    return "";
            }
        }

        private static String number(double value, CellStyle style, DataFormatter formatter) {
            String format = style == null ? null : style.getDataFormatString();
            if (format == null || style.getDataFormat() == 0 || "General".equalsIgnoreCase(format)) {
                return PrintedNumbers.format(BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros());
            }
            return formatter.formatRawCellContents(value, style.getDataFormat(), format)
                    .replace('\u2212', '-')
                    .replace('\u202F', NBSP)
                    .strip();
        }

        private static String errorText(Cell cell) {
            try {
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            } catch (RuntimeException unknownCode) {
                return cell instanceof XSSFCell ? ((XSSFCell) cell).getErrorCellString() : "#N/A";
            }
        }

        static void writeRows(XSSFSheet worksheet, List<List<String>> rows, Styles styles) {
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = worksheet.createRow(r);
                List<String> texts = rows.get(r);
                for (int c = 0; c < texts.size(); c++) {
                    String text = texts.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    String numberFormat = r == 0 ? null : numberFormat(text);
                    if (numberFormat == null) {
                        cell.setCellValue(text);
                        if (r == 0) {
                            cell.setCellStyle(styles.header);
                        }
                    } else {
                        cell.setCellValue(PrintedNumbers.parse(text).value().doubleValue());
                        cell.setCellStyle(styles.number(numberFormat));
                    }
                }
            }
        }

        /**
         * The Excel number format that shows {@code text} exactly as written, or null when the text must stay
         * text (not a plain number, a unit, too many digits for a double, or a form Excel cannot reproduce).
         */
        static String numberFormat(String text) {
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
            if (!parsed.isNumber() || parsed.unit() != null || parsed.value().precision() > 15) {
                return null;
            }
            BigDecimal value = parsed.value();
            String decimals = value.scale() > 0 ? "." + "0".repeat(value.scale()) : "";
            String grouped = PrintedNumbers.format(value);
            if (text.replace(' ', NBSP).replace('\u202F', NBSP).equals(grouped)) {
                return "#,##0" + decimals;
            }
            if (text.equals(grouped.replace(String.valueOf(NBSP), ""))) {
                return "0" + decimals;
            }
            return null;
        }

        static void fitColumns(XSSFSheet worksheet, List<List<String>> rows) {
            Map<Integer, Integer> widest = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    int chars = row.get(c).codePointCount(0, row.get(c).length()) + (r == 0 ? 1 : 0);
                    widest.merge(c, chars, Math::max);
                }
            }
            widest.forEach((column, chars) ->
                    worksheet.setColumnWidth(column, Math.min(Math.max(chars, 4) + 2, MAX_COLUMN_CHARS) * 256));
        }

        /** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no leading or trailing apostrophe, unique. */
        static String uniqueSheetName(String wanted, Set<String> used) {
            String name = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("^'+|'+$", "").strip();
            if (name.isEmpty()) {
                name = "Ark";
            }
            String candidate = truncate(name, MAX_SHEET_NAME);
            for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT))
                    || candidate.equalsIgnoreCase("History"); n++) {
                String suffix = " (" + n + ")";
                candidate = truncate(name, MAX_SHEET_NAME - suffix.length()) + suffix;
            }
            used.add(candidate.toLowerCase(Locale.ROOT));
            return candidate;
        }

        private static String truncate(String text, int max) {
            if (text.length() <= max) {
                return text;
            }
            int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
            return text.substring(0, end);
        }

        /** Shared cell styles; Excel allows only about 64 000 per workbook. */
        static final class Styles {
            private final XSSFWorkbook workbook;
            private final Map<String, XSSFCellStyle> numbers = new HashMap<>();
            final XSSFCellStyle header;

            Styles(XSSFWorkbook workbook) {
                this.workbook = workbook;
                XSSFFont bold = workbook.createFont();
                bold.setBold(true);
                header = workbook.createCellStyle();
                header.setFont(bold);
            }

            XSSFCellStyle number(String format) {
                return numbers.computeIfAbsent(format, f -> {
                    XSSFCellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(f));
                    return style;
                });
            }
        }
    }
}
