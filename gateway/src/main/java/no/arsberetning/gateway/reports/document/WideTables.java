package no.arsberetning.gateway.reports.document;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Sets wide tables for print the way a typesetter would, so no column is ever cut at the margin: a table
 * whose narrowest possible layout (every column as wide as its longest unbreakable word, numbers never
 * broken) does not fit the portrait page goes on a landscape page ({@code pdf-landscape}, the named page
 * {@code landscape} of report.css), in narrower type ({@code pdf-narrow}) when landscape alone is not enough,
 * and, as the last resort, split into parts of columns that each fit, every part repeating the row headers
 * and named "(del 1 av 2)". Widths are measured with the PDF's own font metrics ({@link TextWidths}).
 * Works on the document the PDF is made from; the HTML page is not touched.
 */
final class WideTables {

    /** A4 minus report.css's left and right page margins (18 mm each), in points. */
    static final float PORTRAIT_WIDTH = mm(210 - 36);
    static final float LANDSCAPE_WIDTH = mm(297 - 36);
    /** The print sizes of report.css: table.data, tables in an appendix, and {@code pdf-narrow}. */
    static final float TABLE_SIZE = 8.5f;
    static final float APPENDIX_TABLE_SIZE = 7.5f;
    static final float NARROW_SIZE = 7f;
    /** A cell's left and right padding together (0.5em each), and room for borders and rounding. */
    private static final float CELL_PADDING_EM = 1.1f;

    private WideTables() {
    }

    /** Marks (and, where nothing else helps, splits) every wide {@code table.data} of the document. */
    static void setForPrint(Element body) {
        for (Element table : new ArrayList<>(body.select("table.data"))) {
            float size = table.closest(".appendix") != null ? APPENDIX_TABLE_SIZE : TABLE_SIZE;
            List<Float> columns = columnWidths(table);
            float needed = widthInEm(columns);
            if (needed * size <= PORTRAIT_WIDTH) {
                continue;
            }
            landscape(block(table));
            if (needed * size <= LANDSCAPE_WIDTH) {
                continue;
            }
            table.addClass("pdf-narrow");
            if (needed * NARROW_SIZE > LANDSCAPE_WIDTH) {
                split(table, columns, LANDSCAPE_WIDTH / NARROW_SIZE);
            }
        }
    }

    /** The narrowest each column can be set, in em, padding included; index 0 is the row headers. */
    static List<Float> columnWidths(Element table) {
        List<Float> widths = new ArrayList<>();
        for (Element row : table.select("> thead > tr, > tbody > tr, > tfoot > tr")) {
            int column = 0;
            for (Element cell : row.children()) {
                int span = span(cell);
                if (span == 1) {
                    while (widths.size() <= column) {
                        widths.add(0f);
                    }
                    widths.set(column, Math.max(widths.get(column), narrowest(cell) + CELL_PADDING_EM));
                }
                column += span;
            }
        }
        return widths;
    }

    private static float widthInEm(List<Float> columns) {
        float sum = 0;
        for (float width : columns) {
            sum += width;
        }
        return sum;
    }

    /**
     * The longest piece of the cell's text that cannot be broken: the whole text of a number cell (set without
     * breaks), otherwise the longest word, a word breaking after a hyphen. No-break spaces join.
     */
    static float narrowest(Element cell) {
        TextWidths font = bold(cell) ? TextWidths.BOLD : TextWidths.REGULAR;
        String text = cell.text();
        if (cell.hasClass("num") && cell.tagName().equals("td")) {
            return font.of(text);
        }
        float widest = 0;
        for (String word : text.split("[ \\t\\n\\r]+|(?<=\\p{L}-)(?=\\p{L})")) {
            widest = Math.max(widest, font.of(word));
        }
        return widest;
    }

    private static boolean bold(Element cell) {
        Element row = cell.parent();
        return cell.closest("thead") != null || row != null && (row.hasClass("row-total") || row.hasClass("row-subtotal")
                || row.hasClass("row-heading") && cell.tagName().equals("th"));
    }

    /** What goes on the landscape page: the table's scrolling region or its figure, with the heading just before it. */
    private static Element block(Element table) {
        Element figure = table.closest("figure");
        if (figure != null) {
            return figure;
        }
        Element region = table.parent();
        return region != null && region.hasClass("table-scroll") ? region : table;
    }

    private static void landscape(Element block) {
        block.addClass("pdf-landscape");
        Element before = block.previousElementSibling();
        if (before != null && before.tagName().matches("h[2-6]")) {
            before.addClass("pdf-landscape");
        }
        Element after = block.nextElementSibling();
        if (after != null && after.hasClass("provenance-note")) {
            after.addClass("pdf-landscape");
        }
    }

    /**
     * Splits the table into parts of whole columns, each within {@code maxEm}: every part keeps the row headers
     * (column 0), the caption with "(del i av n)", and notes spanning the whole table.
     */
    static void split(Element table, List<Float> columns, float maxEm) {
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>();
        float used = columns.get(0);
        for (int c = 1; c < columns.size(); c++) {
            if (!part.isEmpty() && used + columns.get(c) > maxEm) {
                parts.add(part);
                part = new ArrayList<>();
                used = columns.get(0);
            }
            part.add(c);
            used += columns.get(c);
        }
        parts.add(part);
        if (parts.size() < 2) {
            return;
        }
        Element previous = table;
        for (int p = 0; p < parts.size(); p++) {
            Element copy = table.clone();
            keepColumns(copy, parts.get(p), columns.size());
            name(copy, p + 1, parts.size());
            previous.after(copy);
            previous = copy;
        }
        table.remove();
    }

    private static void keepColumns(Element table, List<Integer> kept, int total) {
        for (Element row : table.select("> thead > tr, > tbody > tr, > tfoot > tr")) {
            int column = 0;
            for (Element cell : new ArrayList<>(row.children())) {
                int span = span(cell);
                if (span >= total) {
                    cell.attr("colspan", String.valueOf(kept.size() + 1));
                } else if (column != 0 && !kept.contains(column)) {
                    cell.remove();
                }
                column += span;
            }
        }
    }

    private static void name(Element table, int part, int parts) {
        String suffix = "-del-" + part;
        table.id(table.id() + suffix);
        Elements withIds = table.select("[id]");
        for (Element element : withIds) {
            if (element != table) {
                element.id(element.id() + suffix);
            }
        }
        Element label = table.selectFirst("caption .table-label");
        String note = " (del " + part + " av " + parts + ")";
        if (label != null) {
            label.appendText(note);
        } else if (table.selectFirst("caption") != null) {
            table.selectFirst("caption").prependElement("span").addClass("table-label").text("Del " + part + " av " + parts + ":");
        }
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr("colspan").isBlank() ? "1" : cell.attr("colspan").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
