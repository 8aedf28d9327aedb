package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * A restated amount whose unit label does not fit its magnitude: the text's «1,2 milliarder» against a table
 * «i mill. kr» that shows 1 200 000 (not 1 200). The two are the same number with a whole power of 1 000
 * between them, so the difference is not a wrong figure but a wrong unit: the label at the table (the
 * numbers fit «1 000 kr»), or the unit the text gives. Only for money, whose units are powers of 1 000 apart;
 * the same at the printed precision after the shift, never by rounding alone.
 */
final class UnitLabels {

    static final String RULE = "unit-label-mismatch";

    private static final Map<Integer, String> NAMES = Map.of(0, "kr", 3, "1 000 kr", 6, "mill. kr", 9, "mrd. kr");
    private static final int[] SHIFTS = {3, 6, 9, -3, -6, -9};

    private UnitLabels() {
    }

    /** A money unit as a reader writes it («mill. kr» for {@code MNOK}); empty for another unit. */
    static Optional<String> name(String unit) {
        return Optional.ofNullable(Expr.MONEY_EXPONENT.get(unit)).flatMap(UnitLabels::name);
    }

    /** A money unit by its power of ten («1 000 kr» for 3); empty where none is named. */
    static Optional<String> name(int exponent) {
        return Optional.ofNullable(NAMES.get(exponent));
    }

    /**
     * The finding's message when {@code printed} and {@code expected} (both in {@code unit}) are the same number a
     * power of 1 000 apart; empty otherwise.
     *
     * @param labelled the money unit the expected side's table is labelled with, if it is a table's
     */
    static Optional<String> slip(Interval printed, Interval expected, String unit, Optional<String> labelled, String where) {
        Integer exponent = Expr.MONEY_EXPONENT.get(unit);
        if (exponent == null || printed.point().signum() == 0) {
            return Optional.empty();
        }
        for (int shift : SHIFTS) {
            if (Precision.same(printed, expected.shifted(-shift))) {
                String factor = PrintedNumbers.format(BigDecimal.ONE.movePointRight(Math.abs(shift)));
                String larger = shift > 0 ? where : "teksten";
                Integer label = labelled.map(Expr.MONEY_EXPONENT::get).orElse(null);
                String fits = label == null || !NAMES.containsKey(label - shift) ? ""
                        : " Tallet i " + where + " passer med enheten «" + NAMES.get(label - shift) + "», men er merket «"
                                + NAMES.get(label) + "».";
                return Optional.of("Tallene er de samme, men med en faktor " + factor + " imellom (" + larger
                        + " har det største): enheten som er oppgitt, passer ikke med tallet." + fits
                        + " Enten er enhetsangivelsen feil, eller teksten har feil enhet{note}");
            }
        }
        return Optional.empty();
    }
}
