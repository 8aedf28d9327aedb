package no.arsberetning.gateway.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link FlatTable} as CSV for Norwegian spreadsheets and for analysts' tools alike: UTF-8 with a byte-order
 * mark, {@code ;} between cells, CRLF line ends, RFC 4180 quoting, a heading row, and numbers with a decimal comma
 * and no thousands separator, as they are stored ({@code -4317}, {@code 1982,2}; a percentage as its number of
 * percent, the unit in the heading). Texts that a spreadsheet would take for a formula are guarded. Described by
 * {@link CsvwMetadata}.
 */
final class CsvFile {

    static final String SEPARATOR = ";";
    static final char DECIMAL = ',';

    private CsvFile() {
    }

    static byte[] write(FlatTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.columns().stream().map(FlatTable.FlatColumn::title).toList());
        for (List<Object> row : table.rows()) {
            line(out, row.stream().map(CsvFile::text).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A number as the file writes it: {@code -1982,2}. */
    static String number(BigDecimal value) {
        return value.toPlainString().replace('.', DECIMAL);
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof DataTable.Value value) {
            return value.number() == null ? "" : number(value.number());
        }
        return guarded(cell.toString());
    }

    /**
     * Against CSV injection, a text a spreadsheet would run as a formula gets a leading apostrophe: one starting with
     * {@code = + @}, a tab or CR, or a minus followed by more (a lone "-", Statistics Norway's "nil", stays).
     */
    static String guarded(String text) {
        boolean formula = !text.isEmpty() && ("=+@\t\r".indexOf(text.charAt(0)) >= 0 || text.charAt(0) == '-' && text.length() > 1);
        return formula ? "'" + text : text;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            String cell = cells.get(i);
            boolean quote = cell.contains(SEPARATOR) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }
}
