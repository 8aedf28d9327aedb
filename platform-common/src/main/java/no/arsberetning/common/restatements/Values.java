package no.arsberetning.common.restatements;

import java.util.Locale;

import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table.Cell;

/** When two stated values are the same: the same number at any scale, or the same text where there is no number. */
final class Values {

    private Values() {
    }

    /** A cell's value; a dash ("nothing") is the number 0. */
    static Restatement.Value of(Cell cell) {
        java.math.BigDecimal value = cell.value() != null ? cell.value()
                : cell.reason() == MissingReason.ZERO ? java.math.BigDecimal.ZERO : null;
        return new Restatement.Value(cell.text() == null ? "" : cell.text(), value);
    }

    static boolean same(Restatement.Value a, Restatement.Value b) {
        if (a.value() != null || b.value() != null) {
            return a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0;
        }
        return normalized(a.text()).equals(normalized(b.text()));
    }

    private static String normalized(String text) {
        return (text == null ? "" : text.replaceAll("<[^>]*>", " "))
                .replace('\u00a0', ' ').replace('\u202f', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
