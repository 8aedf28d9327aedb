package no.arsberetning.finance.checks;

import java.math.BigDecimal;
import java.util.Optional;

import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.finance.figures.TextFigure;

/** A printed number the rules read: a table cell, or a figure stated in the chapter's text. */
interface Ref {

    /** The number with its unit, when it is there and is a number. */
    Optional<Amount> amount(ChapterData data);

    /** The text as printed (markup aside). */
    String printed(ChapterData data);

    /** The printed number of the table it sits in, if any. */
    Optional<String> table(ChapterData data);

    /** The service area of its row, if any. */
    Optional<String> area(ChapterData data);

    /** A number and its unit (MNOK, BNOK, percent, …). */
    record Amount(BigDecimal value, String unit) {
    }

    /** A cell by table key, row key and column key. */
    record CellRef(String tableKey, String rowKey, String columnKey) implements Ref {

        /** The cell's number in the cell's unit, or the table's where the cell names none. */
        @Override
        public Optional<Amount> amount(ChapterData data) {
            String tableUnit = data.table(tableKey).map(ReportedTable::unit).orElse(null);
            return data.cell(tableKey, rowKey, columnKey).filter(c -> c.value() != null)
                    .map(c -> new Amount(c.value(), c.unit() != null ? c.unit() : tableUnit));
        }

        @Override
        public String printed(ChapterData data) {
            return data.cell(tableKey, rowKey, columnKey).map(Cell::text).orElse("");
        }

        @Override
        public Optional<String> table(ChapterData data) {
            return data.table(tableKey).map(ReportedTable::number);
        }

        @Override
        public Optional<String> area(ChapterData data) {
            return data.row(tableKey, rowKey).map(TableRow::area);
        }
    }

    /** A figure stated in the text, by id. */
    record FigureRef(String id) implements Ref {

        @Override
        public Optional<Amount> amount(ChapterData data) {
            return data.figure(id).filter(f -> f.number() != null).map(f -> new Amount(f.number(), f.unit()));
        }

        @Override
        public String printed(ChapterData data) {
            return data.figure(id).map(TextFigure::value).orElse("");
        }

        @Override
        public Optional<String> table(ChapterData data) {
            return Optional.empty();
        }

        @Override
        public Optional<String> area(ChapterData data) {
            return Optional.empty();
        }
    }
}
