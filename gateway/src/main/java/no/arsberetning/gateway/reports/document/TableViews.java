package no.arsberetning.gateway.reports.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;

import no.arsberetning.gateway.reports.document.DocumentView.CellProvenance;
import no.arsberetning.gateway.reports.document.DocumentView.CellView;
import no.arsberetning.gateway.reports.document.DocumentView.HeaderView;
import no.arsberetning.gateway.reports.document.DocumentView.ProvenanceNote;
import no.arsberetning.gateway.reports.document.DocumentView.RowView;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;

/**
 * A printed table as the document shows it. A cell shows its text exactly as printed — that text is the
 * report — and carries the exact number in a data attribute; only a cell with a number and no printed
 * text is formatted here (Norwegian style, real minus).
 */
final class TableViews {

    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");

    private TableViews() {
    }

    static TableView of(Table table, String id) {
        return of(table, id, null);
    }

    /**
     * @param provenance the document's sources appendix: the table gets a note naming its origin, and each number
     *        whose origin differs links to its own entry; null to leave provenance out
     */
    static TableView of(Table table, String id, ProvenanceViews provenance) {
        String label = table.number() == null || table.number().isBlank() ? null : "Tabell " + table.number().strip();
        String caption = table.caption() == null || table.caption().isBlank() ? null : Markup.cell(table.caption());
        List<HeaderView> columns = new ArrayList<>();
        for (Table.Column column : nonNull(table.columns())) {
            columns.add(new HeaderView(Markup.cell(column.label()), column.unit() != null));
        }
        ProvenanceViews.Entry tableEntry = provenance == null || table.provenance().isEmpty()
                ? null : provenance.entry(table.provenance().get(0));
        List<RowView> rows = new ArrayList<>();
        boolean cellsDiffer = false;
        for (Table.Row row : nonNull(table.rows())) {
            List<CellView> cells = new ArrayList<>();
            List<Cell> printed = nonNull(row.cells());
            for (int c = 0; c < printed.size(); c++) {
                boolean numberColumn = c < columns.size() && columns.get(c).numeric();
                CellView view = cell(printed.get(c), numberColumn);
                ProvenanceViews.Entry own = provenance == null ? null : ownEntry(table, printed.get(c), provenance);
                if (own != null) {
                    cellsDiffer = true;
                    String column = c < nonNull(table.columns()).size() ? Markup.plain(table.columns().get(c).label()) : "";
                    view = withProvenance(view, own, Markup.plain(row.label()), column);
                }
                cells.add(view);
            }
            rows.add(new RowView(Markup.cell(row.label()), row.kind() == null ? "line" : row.kind(), cells));
        }
        rectangular(columns, rows);
        ProvenanceNote note = tableEntry == null ? null : new ProvenanceNote(tableEntry, cellsDiffer);
        return new TableView(id, label, caption, meta(table), Markup.plain(table.labelHeader()).isBlank() ? null : Markup.plain(table.labelHeader()),
                columns, rows, note);
    }

    /**
     * Every row gets one cell per column, so the rows, the header and a note spanning the table agree (a row
     * printed shorter gets empty cells; a row printed longer than the header gets columns without a heading).
     */
    private static void rectangular(List<HeaderView> columns, List<RowView> rows) {
        int width = Math.max(columns.size(), rows.stream().filter(r -> !r.note()).mapToInt(r -> r.cells().size()).max().orElse(0));
        while (columns.size() < width) {
            columns.add(new HeaderView("", false));
        }
        for (RowView row : rows) {
            while (!row.note() && row.cells().size() < width) {
                row.cells().add(text(""));
            }
        }
    }

    /** The entry of a number whose origin is not the table's default; null for every other cell. */
    private static ProvenanceViews.Entry ownEntry(Table table, Cell cell, ProvenanceViews provenance) {
        if (cell == null || cell.value() == null || cell.provenance() == null || table.provenance().isEmpty()) {
            return null;
        }
        ProvenanceEntry origin = table.provenanceOf(cell);
        ProvenanceEntry fallback = table.provenance().get(0);
        return origin == fallback || origin.withId(null).equals(fallback.withId(null)) ? null : provenance.entry(origin);
    }

    /** The cell's number becomes a link to its source: «Opphav for 1 234 (Skatt, Regnskap)». */
    private static CellView withProvenance(CellView view, ProvenanceViews.Entry entry, String row, String column) {
        String value = Markup.plain(view.html()).replace('\u00A0', ' ').strip();
        String where = row.isBlank() && column.isBlank() ? "" : " (" + String.join(", ",
                java.util.stream.Stream.of(row, column).filter(s -> !s.isBlank()).toList()) + ")";
        return new CellView(view.html(), view.value(), view.unit(), view.reason(), view.reasonLabel(), view.numeric(),
                new CellProvenance("#" + entry.id(), "Opphav for " + value + where + ": " + entry.linkText()));
    }

    static CellView cell(Cell cell) {
        return cell(cell, false);
    }

    /**
     * @param numberColumn the column holds numbers: its cells align right (and are never broken across lines) even
     *        where the printed text is not read as one, unless it has words (a sentence is set as text)
     */
    static CellView cell(Cell cell, boolean numberColumn) {
        if (cell == null) {
            return text("");
        }
        String printed = cell.text();
        String html = printed == null || printed.isBlank()
                ? (cell.value() == null ? "" : NorwegianFormat.number(cell.value()))
                : Markup.cell(cell.value() == null ? printed : keepGroupsTogether(printed));
        String plain = Markup.plain(printed);
        return new CellView(html, cell.value() == null ? null : cell.value().toPlainString(), cell.unit(),
                Units.reasonCode(cell.reason()), Units.reason(cell.reason()),
                numberColumn && !WORDS.matcher(plain).find() || cell.value() != null || cell.reason() != null
                        || PrintedNumbers.parse(plain).isNumber());
    }

    /**
     * The printed number with its thousands separators as U+00A0, so "1 982,2" never breaks across lines
     * and reads as one number; the text is otherwise exactly as printed.
     */
    static String keepGroupsTogether(String printed) {
        return GROUP_SPACE.matcher(printed).replaceAll("\u00A0");
    }

    /** A cell of text the report itself wrote (already safe HTML). */
    static CellView text(String html) {
        return new CellView(html, null, null, null, null, false);
    }

    /** A number the report computed itself, formatted here. */
    static CellView number(BigDecimal value, String unit) {
        return new CellView(NorwegianFormat.number(value), value.toPlainString(), unit, null, null, true);
    }

    /** Unit and sign convention, unless the printed caption already says them. */
    private static List<String> meta(Table table) {
        String caption = normalized(table.caption());
        List<String> meta = new ArrayList<>();
        String unit = Units.label(table.unit());
        if (unit != null && !caption.contains(normalized(unit))) {
            meta.add("Enhet: " + unit + ".");
        }
        String sign = table.signConvention();
        if (sign != null && !sign.isBlank() && !caption.contains(normalized(sign))) {
            meta.add("Fortegn: " + Markup.plain(sign));
        }
        return meta;
    }

    private static String normalized(String text) {
        return Markup.plain(text).toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
