package no.arsberetning.hr.tables;

import java.math.BigDecimal;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.numbers.PrintedNumbers.Parsed;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.Markup;

/**
 * Reads a stored cell as a person reads the printed one: the stored number, or else the number in its text
 * without typographic markup. The shared import strips the print's emphasis ({@code "<b>11 375</b>"})
 * before it reads numbers; tables stored before it did (an existing local database) still hold the markup
 * and no number in such cells, and read the same through here. Blank cells of pivot tables read as zero
 * where the rules add them up ({@link #valueOrZero}).
 */
public final class HrCells {

    private HrCells() {
    }

    /** The text without markup and surrounding space: {@code "<b>Sluttsum</b>"} → {@code "Sluttsum"}. */
    public static String plain(String text) {
        return text == null ? "" : Markup.strip(text).replace('\u00a0', ' ').strip();
    }

    public static Parsed parse(String text) {
        return PrintedNumbers.parse(plain(text));
    }

    /** The cell's number, or null when it has none. */
    public static BigDecimal value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return cell.value() != null ? cell.value() : parse(cell.text()).value();
    }

    /** Why a cell has no number (null when it has one, or when its text is not a number at all). */
    public static MissingReason reason(Cell cell) {
        return value(cell) != null ? null : parse(cell.text()).reason();
    }

    /** The number, with a printed blank or dash read as zero (pivot tables leave zero cells empty). */
    public static BigDecimal valueOrZero(Cell cell) {
        BigDecimal value = value(cell);
        return value != null ? value : BigDecimal.ZERO;
    }

    /** True when the text is neither a number nor a known missing-value marker. */
    public static boolean isMalformed(Cell cell) {
        Parsed parsed = parse(cell.text());
        return !parsed.isNumber() && !parsed.isMissing();
    }
}
