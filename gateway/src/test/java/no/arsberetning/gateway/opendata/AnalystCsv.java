package no.arsberetning.gateway.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CSV download read as an analyst's tool reads it: Commons CSV with the dialect its CSV on the Web metadata
 * declares ({@code ;}, heading row, UTF-8 with the byte-order mark dropped), every column the metadata calls a
 * {@code decimal} parsed as a Norwegian number (locale nb-NO, decimal comma) into an exact value, an empty cell no
 * value; every other cell a string.
 */
final class AnalystCsv {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<String> headings = new ArrayList<>();
    final List<Boolean> numeric = new ArrayList<>();
    final List<List<Object>> rows = new ArrayList<>();
    final JsonNode metadata;

    private AnalystCsv(byte[] csv, byte[] csvw) {
        metadata = JSON.readTree(csvw);
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode dialect = metadata.get("dialect");
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.get("delimiter").asString()).get();
        JsonNode columns = metadata.at("/tableSchema/columns");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            records.get(0).forEach(headings::add);
            for (JsonNode column : columns) {
                JsonNode datatype = column.get("datatype");
                numeric.add(datatype.isObject() && "decimal".equals(datatype.get("base").asString()));
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < record.size(); c++) {
                    String cell = record.get(c);
                    row.add(numeric.get(c) ? number(cell, columns.get(c)) : cell);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnalystCsv read(byte[] csv, byte[] csvw) {
        return new AnalystCsv(csv, csvw);
    }

    /** A Norwegian number ("-1982,25"), the whole text or an error; empty: null. */
    static BigDecimal number(String text, JsonNode column) {
        if (text.isEmpty()) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb-NO"));
        symbols.setDecimalSeparator(column.at("/datatype/format/decimalChar").asString(",").charAt(0));
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("0.#", symbols);
        format.setParseBigDecimal(true);
        format.setGroupingUsed(false);
        ParsePosition position = new ParsePosition(0);
        BigDecimal value = (BigDecimal) format.parse(text, position);
        if (value == null || position.getIndex() != text.length()) {
            throw new AssertionError("«" + text + "» in " + column.get("titles") + " is not a number");
        }
        return value;
    }
}
