package no.arsberetning.hr.tables;

import java.util.List;
import java.util.Optional;

/**
 * What this service knows about one printed chapter-2 table beyond its cells: what each column
 * measures, which cells of a row add up, which are parts of others, and the sign convention where the
 * print does not state one. The consistency rules, the small-group suppression and the report read it.
 *
 * @param rowSums within every row: the total column equals the sum of the term columns
 * @param parts within every row: the part column is at most the whole column
 * @param flow for a stock-and-flow table, which rows are the stock and the flows; else null
 */
public record TableSpec(String number, List<ColumnSpec> columns, List<RowSum> rowSums, List<PartOfWhole> parts, Flow flow,
        String signConvention) {

    public record RowSum(int total, List<Integer> terms) {
    }

    public record PartOfWhole(int part, int whole) {
    }

    /**
     * Rows (0-based) of a stock-and-flow table with one column per year: {@code change = in + out} (outflows
     * printed negative), {@code end = start + change}, and each year starts where the previous ended.
     */
    public record Flow(int start, int in, int out, int change, int end) {
    }

    public Optional<ColumnSpec> column(int index) {
        return columns.stream().filter(c -> c.index() == index).findFirst();
    }

    public Measure measure(int index) {
        return column(index).map(ColumnSpec::measure).orElse(Measure.TEXT);
    }
}
