package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.util.Optional;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.NumberWords;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.tables.Markup;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

/**
 * A printed place a claim reads a number from: a table cell, a figure stated in the text, or a constant the
 * rule itself states (100 % for shares that make a whole). Counts are exact; every other printed number is
 * rounded to its last printed digit; a figure the text states loosely («om lag 500») is ± 10 %.
 */
public sealed interface Ref {

    /** The number as printed, with its unit and the range rounding allows; empty when it is not there or no number. */
    Optional<Amount> amount(ChapterData data);

    /** Whether it states its number loosely («om lag 500», «~ 100 prosent»): ± 10 % of itself. */
    default boolean loose(ChapterData data) {
        return false;
    }

    /** The text as printed (markup aside). */
    String printed(ChapterData data);

    /** The printed number of the table it sits in, if any. */
    default Optional<String> table(ChapterData data) {
        return Optional.empty();
    }

    /** The service area of its row, if any. */
    default Optional<String> area(ChapterData data) {
        return Optional.empty();
    }

    /**
     * Where it is printed, as findings name places: {@code <table number>/<row key>/<column key>} for a cell,
     * {@code tekst:<id>} for a figure of the text; none for a constant.
     */
    default Optional<String> place(ChapterData data) {
        return Optional.empty();
    }

    /** A number, its unit (MNOK, percent, count, …) and the range its rounding allows, in that unit. */
    record Amount(Interval value, String unit) {
    }

    /**
     * A cell by table key, row key and column key.
     *
     * @param exact true for a count that is printed exactly (persons, units); a cell of unit {@code count} is
     *              exact anyway
     */
    record Cell(String tableKey, String rowKey, String columnKey, boolean exact) implements Ref {

        /**
         * The cell's number in the cell's unit, or the table's where the cell names none; a cell that states its number
         * loosely («~ 100 prosent») ± 10 % of it.
         */
        @Override
        public Optional<Amount> amount(ChapterData data) {
            String tableUnit = data.table(tableKey).map(ReportedTable::unit).orElse(null);
            return data.cell(tableKey, rowKey, columnKey).flatMap(c -> {
                String unit = c.unit() != null ? c.unit() : tableUnit != null ? tableUnit : Expr.MIXED;
                if (c.value() != null) {
                    return Optional.of(new Amount(Interval.printed(c.value(), exact || "count".equals(unit)), unit));
                }
                return NumberWords.loose(c.text()).map(v -> new Amount(Size.loose(Interval.printed(v, false)), unit));
            });
        }

        @Override
        public boolean loose(ChapterData data) {
            return data.cell(tableKey, rowKey, columnKey).filter(c -> c.value() == null)
                    .flatMap(c -> NumberWords.loose(c.text())).isPresent();
        }

        @Override
        public String printed(ChapterData data) {
            return data.cell(tableKey, rowKey, columnKey).map(c -> plain(c.text())).orElse("");
        }

        @Override
        public Optional<String> table(ChapterData data) {
            return data.table(tableKey).map(ReportedTable::number);
        }

        @Override
        public Optional<String> area(ChapterData data) {
            return data.row(tableKey, rowKey).map(TableRow::area);
        }

        @Override
        public Optional<String> place(ChapterData data) {
            String table = data.table(tableKey).map(t -> t.number() != null ? t.number() : t.key()).orElse(tableKey);
            return Optional.of(table + "/" + rowKey + "/" + columnKey);
        }
    }

    /** A figure stated in the text, by id ({@code {year}} stands for the reporting year). */
    record Figure(String id) implements Ref {

        @Override
        public Optional<Amount> amount(ChapterData data) {
            return statedFigure(data).filter(f -> f.number() != null).map(f -> {
                Interval printed = Interval.printed(f.number(), "count".equals(f.unit()));
                return new Amount(f.approximate() ? Size.loose(printed) : printed, f.unit() != null ? f.unit() : Expr.MIXED);
            });
        }

        @Override
        public String printed(ChapterData data) {
            return statedFigure(data).map(StatedFigure::value).orElse("");
        }

        @Override
        public boolean loose(ChapterData data) {
            return statedFigure(data).map(StatedFigure::approximate).orElse(false);
        }

        public Optional<StatedFigure> statedFigure(ChapterData data) {
            return data.figure(id);
        }

        @Override
        public Optional<String> place(ChapterData data) {
            return Optional.of("tekst:" + data.withYear(id));
        }
    }

    /** A number the rule states («the shares make 100 %»): exact. */
    record Constant(BigDecimal value, String unit) implements Ref {

        @Override
        public Optional<Amount> amount(ChapterData data) {
            return Optional.of(new Amount(Interval.printed(value, true), unit != null ? unit : Expr.MIXED));
        }

        @Override
        public String printed(ChapterData data) {
            return PrintedNumbers.format(value);
        }
    }

    private static String plain(String text) {
        return text == null ? "" : Markup.strip(text).replace('\u00a0', ' ').strip();
    }
}
