package no.arsberetning.gateway.reports.provenance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;

/**
 * The values of a report's table cells by position (chapter, section, table, row, column): what a release
 * published, kept to tell which release first published a value. Compact: one string per cell.
 */
public final class ReleaseValues {

    private final Map<String, String> values;

    private ReleaseValues(Map<String, String> values) {
        this.values = values;
    }

    public static ReleaseValues of(List<Chapter> chapters) {
        Map<String, String> values = new HashMap<>();
        forEachCell(chapters, (key, cell) -> values.put(key, valueOf(cell)));
        return new ReleaseValues(values);
    }

    /** Whether this release held an identical value at the cell's position. */
    boolean holds(String key, Table.Cell cell) {
        String value = values.get(key);
        return value != null && value.equals(valueOf(cell));
    }

    public int size() {
        return values.size();
    }

    /** Every cell with its position key, tables in document order. */
    static void forEachCell(List<Chapter> chapters, BiConsumer<String, Table.Cell> action) {
        for (Chapter chapter : nonNull(chapters)) {
            for (Section section : nonNull(chapter.sections())) {
                for (Block block : nonNull(section.blocks())) {
                    if (block instanceof Block.TableBlock tableBlock && tableBlock.table() != null) {
                        Table table = tableBlock.table();
                        String prefix = tableKey(chapter, section, table);
                        List<Table.Row> rows = nonNull(table.rows());
                        for (int r = 0; r < rows.size(); r++) {
                            List<Table.Cell> cells = nonNull(rows.get(r).cells());
                            for (int c = 0; c < cells.size(); c++) {
                                action.accept(prefix + r + "|" + rows.get(r).label() + "|" + c, cells.get(c));
                            }
                        }
                    }
                }
            }
        }
    }

    static String tableKey(Chapter chapter, Section section, Table table) {
        String name = table.number() != null && !table.number().isBlank() ? table.number() : table.caption();
        return chapter.number() + "|" + section.id() + "|" + name + "|";
    }

    private static String valueOf(Table.Cell cell) {
        if (cell == null) {
            return "";
        }
        BigDecimal value = cell.value();
        return value != null ? "n:" + value.stripTrailingZeros().toPlainString() : "t:" + (cell.text() == null ? "" : cell.text());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
