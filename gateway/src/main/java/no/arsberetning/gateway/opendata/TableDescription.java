package no.arsberetning.gateway.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.imports.JsonStatTables;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;
import no.arsberetning.gateway.reports.document.Units;

/**
 * What a reader needs to know about a downloaded table, beside its numbers: title, place in the report, unit,
 * source, release, notes and what each status symbol in it means. The workbook's sheet "Om tabellen" and the
 * CSV's W3C CSV on the Web metadata say it.
 *
 * @param unit the table's unit in words ("millioner kroner"), or "varierer per rad" / "varierer per kolonne"
 * @param legend each status used in the table and what it means, in the order of Statistics Norway's list
 */
record TableDescription(String id, String title, String chapter, String chapterTitle, String unit, String source,
        String municipality, Integer release, String updated, List<String> notes, Map<String, String> legend) {

    /** What a status that is no symbol is: the words printed where a number would be. */
    static final String PRINTED_WORDS = "annen tekst: tallet er trykt med ord i årsberetningen, og teksten står i statuskolonnen";

    static TableDescription of(OpenTable open, DataTable data, DatasetInfo info) {
        Table table = open.table();
        String caption = DataTable.plain(table.caption());
        String title = table.number() == null || table.number().isBlank() ? caption : ("Tabell " + table.number() + " " + caption).strip();
        return new TableDescription(open.id(), title.isBlank() ? "Tabell " + open.id() : title, open.chapter(),
                DataTable.plain(open.chapterTitle()), unit(table, data), info.source(), info.municipality(), info.release(),
                info.updated() == null ? null : info.updated().toString(), data.notes(), legend(data));
    }

    private static String unit(Table table, DataTable data) {
        String label = Units.label(table.unit());
        if (label != null) {
            return label;
        }
        Set<String> units = new TreeSet<>();
        data.values().forEach(v -> units.add(String.valueOf(v.unit())));
        return data.values().stream().anyMatch(DataTable.ValueColumn::perRow) ? "varierer per rad (se Enhet)"
                : units.size() > 1 ? "varierer per kolonne (se kolonneoverskriftene)" : "ikke oppgitt";
    }

    private static Map<String, String> legend(DataTable data) {
        Set<String> used = new TreeSet<>();
        data.rows().forEach(row -> row.values().forEach(v -> {
            if (v.status() != null) {
                used.add(v.status());
            }
        }));
        Map<String, String> legend = new LinkedHashMap<>();
        for (Map.Entry<MissingReason, String> symbol : JsonStatTables.STATUS.entrySet()) {
            if (used.remove(symbol.getValue())) {
                legend.put(symbol.getValue(), Units.reason(symbol.getKey()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (used.remove(PreliminaryFigures.STATUS)) {
            legend.put(PreliminaryFigures.STATUS, PreliminaryFigures.LABEL);
        }
        if (!used.isEmpty()) {
            legend.put("(tekst)", PRINTED_WORDS);
        }
        return legend;
    }
}
