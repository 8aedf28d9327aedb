package no.arsberetning.gateway.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.gateway.reports.ComposedReport;

/**
 * What changed between two releases: every table cell whose printed text differs, and every section
 * or table that one release has and the other does not.
 */
public record ReleaseDiff(int year, int from, int to, List<Change> changes) {

    /** One difference: where it is, and the printed text before and after (null where absent). */
    public record Change(String chapter, String table, String row, String column, String before, String after) {
    }

    static ReleaseDiff between(ComposedReport from, ComposedReport to) {
        Map<String, Table> before = tables(from);
        Map<String, Table> after = tables(to);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Table> entry : before.entrySet()) {
            Table next = after.get(entry.getKey());
            if (next == null) {
                changes.add(new Change(chapterOf(entry.getKey()), name(entry.getValue()), null, null, "tabellen", null));
            } else {
                cells(entry.getKey(), entry.getValue(), next, changes);
            }
        }
        after.forEach((key, table) -> {
            if (!before.containsKey(key)) {
                changes.add(new Change(chapterOf(key), name(table), null, null, null, "tabellen"));
            }
        });
        return new ReleaseDiff(to.year(), from.release().number(), to.release().number(), changes);
    }

    private static void cells(String key, Table before, Table after, List<Change> changes) {
        for (int r = 0; r < Math.max(before.rows().size(), after.rows().size()); r++) {
            Table.Row old = r < before.rows().size() ? before.rows().get(r) : null;
            Table.Row now = r < after.rows().size() ? after.rows().get(r) : null;
            String row = now != null ? now.label() : old.label();
            for (int c = 0; c < Math.max(before.columns().size(), after.columns().size()); c++) {
                String was = text(old, c);
                String is = text(now, c);
                if (!java.util.Objects.equals(was, is)) {
                    String column = c < after.columns().size() ? after.columns().get(c).label() : before.columns().get(c).label();
                    changes.add(new Change(chapterOf(key), name(after), row, column, was, is));
                }
            }
        }
    }

    private static String text(Table.Row row, int column) {
        return row == null || column >= row.cells().size() ? null : row.cells().get(column).text();
    }

    private static Map<String, Table> tables(ComposedReport report) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Chapter chapter : report.chapters()) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Section section : chapter.sections()) {
                for (Block block : section.blocks()) {
                    if (block instanceof Block.TableBlock t) {
                        String number = t.table().number() != null ? t.table().number() : "uten nummer";
                        int occurrence = seen.merge(number, 1, Integer::sum);
                        tables.put(chapter.number() + "|" + number + "#" + occurrence, t.table());
                    }
                }
            }
        }
        return tables;
    }

    private static String chapterOf(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private static String name(Table table) {
        return table.number() != null ? "Tabell " + table.number() : table.caption();
    }
}
