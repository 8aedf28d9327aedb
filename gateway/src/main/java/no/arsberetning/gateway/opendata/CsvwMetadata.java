package no.arsberetning.gateway.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.gateway.opendata.FlatTable.FlatColumn;
import no.arsberetning.gateway.reports.document.Units;

/**
 * The W3C CSV on the Web metadata of a table's CSV file ({@code {id}.csv-metadata.json}, beside {@code {id}.csv}):
 * the dialect (UTF-8, {@code ;}, CRLF, one heading row), every column with its title as in the heading row, its
 * datatype (a number column is {@code decimal} with a decimal comma, an empty cell is no value) and what it holds,
 * and the table's title, source, publisher, release, notes and status legend (Dublin Core terms). Same table, same
 * bytes.
 */
final class CsvwMetadata {

    static final String MEDIA_TYPE = "application/csvm+json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CsvwMetadata() {
    }

    static byte[] write(FlatTable table, TableDescription about, String csvName) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "nb")));
        metadata.put("url", csvName);
        metadata.put("dc:identifier", about.id());
        metadata.put("dc:title", about.title());
        metadata.put("dc:source", about.source());
        if (about.municipality() != null) {
            metadata.put("dc:publisher", about.municipality());
        }
        if (about.updated() != null) {
            metadata.put("dc:modified", about.updated());
        }
        metadata.put("schema:version", about.release() == null ? "arbeidsdata, ikke publisert" : "utgivelse " + about.release());
        metadata.put("dc:description", "Enhet: " + about.unit() + ".");
        List<String> comments = new ArrayList<>(about.notes());
        about.legend().forEach((symbol, meaning) -> comments.add("Tegnforklaring: " + symbol + " " + meaning));
        if (!comments.isEmpty()) {
            metadata.put("rdfs:comment", comments);
        }
        metadata.put("dialect", ordered("encoding", "utf-8", "delimiter", CsvFile.SEPARATOR, "lineTerminators", List.of("\r\n"),
                "quoteChar", "\"", "doubleQuote", true, "header", true, "headerRowCount", 1));
        List<Map<String, Object>> columns = new ArrayList<>();
        for (FlatColumn column : table.columns()) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("name", column.name());
            described.put("titles", column.title());
            if (column.kind() == FlatTable.Kind.NUMBER) {
                described.put("datatype", ordered("base", "decimal", "format", ordered("decimalChar", String.valueOf(CsvFile.DECIMAL))));
                described.put("null", "");
                String unit = Units.label(column.unit());
                if (unit != null) {
                    described.put("schema:unitText", unit);
                }
            } else {
                described.put("datatype", "string");
            }
            described.put("dc:description", describe(column));
            columns.add(described);
        }
        metadata.put("tableSchema", ordered("columns", columns));
        return JSON.writeValueAsBytes(metadata);
    }

    /** What a column holds, in a sentence: the workbook's "Om tabellen" and the CSV metadata say the same. */
    static String describe(FlatColumn column) {
        return switch (column.kind()) {
            case LABEL -> DataTable.GROUP_HEADING.equals(column.title())
                    ? "gruppen raden hører til (overskriftsraden over den i den trykte tabellen)" : "radens tekst i den trykte tabellen";
            case NUMBER -> column.unit() == null ? "tall; enheten står i radens enhetskolonne"
                    : "tall i " + Units.label(column.unit()) + (column.percent() ? " (i regnearket som brøk med prosentformat)" : "");
            case STATUS -> "status for kolonnen " + column.describes() + ": hvorfor tallet mangler, eller at det er foreløpig (se tegnforklaringen)";
            case UNIT -> "enheten til tallene i raden";
            case TEXT -> "tekst";
            case ROW_TYPE -> "linje, delsum eller sum: summer er med i tabellen, legg dem ikke sammen med linjene";
        };
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
