package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import no.arsberetning.common.figures.StatedClaim;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

/**
 * A year's printed chapter as the rules read it: its tables by key, the figures stated in its text by id, and
 * what those figures claim.
 * {@code {year}} in a figure id stands for the reporting year.
 */
public final class ChapterData {

    private final int year;
    private final Map<String, ReportedTable> tables = new LinkedHashMap<>();
    private final Map<String, StatedFigure> figures = new LinkedHashMap<>();
    private final List<StatedClaim> claims;

    public ChapterData(int year, List<ReportedTable> tables, List<StatedFigure> figures) {
        this(year, tables, figures, List.of());
    }

    public ChapterData(int year, List<ReportedTable> tables, List<StatedFigure> figures, List<StatedClaim> claims) {
        this.year = year;
        tables.forEach(t -> this.tables.put(t.key(), t));
        figures.forEach(f -> this.figures.putIfAbsent(f.id(), f));
        this.claims = List.copyOf(claims);
    }

    public int year() {
        return year;
    }

    public List<ReportedTable> tables() {
        return List.copyOf(tables.values());
    }

    public Optional<ReportedTable> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }

    public Optional<TableRow> row(String table, String row) {
        return table(table).flatMap(t -> t.rows().stream().filter(r -> r.key().equals(row)).findFirst());
    }

    public Optional<Cell> cell(String table, String row, String column) {
        Optional<ReportedTable> t = table(table);
        if (t.isEmpty() || t.get().columns().stream().noneMatch(c -> c.key().equals(column))) {
            return Optional.empty();
        }
        int c = t.get().columnIndex(column);
        return row(table, row).filter(r -> c < r.cells().size()).map(r -> r.cells().get(c));
    }

    public List<StatedFigure> figures() {
        return List.copyOf(figures.values());
    }

    /** What the text's numbers claim, as the transcription states it. */
    public List<StatedClaim> claims() {
        return claims;
    }

    public Optional<StatedFigure> figure(String id) {
        return Optional.ofNullable(figures.get(withYear(id)));
    }

    /** The ids of the figures whose id starts with the prefix, in printed order. */
    public List<String> figureIds(String prefix) {
        String wanted = withYear(prefix);
        return figures.keySet().stream().filter(id -> id.startsWith(wanted)).toList();
    }

    /**
     * The size a difference in these places is measured against ({@link Size}), in {@code unit}: the largest
     * number of the columns they sit in — the column's total, as a rule; zero for figures of the text alone.
     */
    public BigDecimal total(Stream<Ref> places, String unit) {
        BigDecimal largest = BigDecimal.ZERO;
        for (Ref.Cell c : places.filter(r -> r instanceof Ref.Cell).map(r -> (Ref.Cell) r).toList()) {
            Optional<ReportedTable> t = table(c.tableKey());
            if (t.isEmpty() || t.get().columns().stream().noneMatch(col -> col.key().equals(c.columnKey()))) {
                continue;
            }
            int column = t.get().columnIndex(c.columnKey());
            for (TableRow row : t.get().rows()) {
                Cell cell = column < row.cells().size() ? row.cells().get(column) : null;
                if (cell != null && cell.value() != null) {
                    String from = cell.unit() != null ? cell.unit() : t.get().unit();
                    BigDecimal value = cell.value().abs();
                    largest = Expr.convert(new Interval(value, value, value, null), from, unit)
                            .map(Interval::point).map(largest::max).orElse(largest);
                }
            }
        }
        return largest;
    }

    /** Position of a table (by printed number) in the chapter, for ordering findings; unknown ones last. */
    public int order(String printedNumber) {
        int i = 0;
        for (ReportedTable t : tables.values()) {
            if (t.number() != null && t.number().equals(printedNumber)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    String withYear(String id) {
        return id.replace("{year}", Integer.toString(year));
    }
}
