package no.arsberetning.common.checks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * A statement of a change between two printed values («økte med 3 prosent», «en nedgang på 2,1 prosentpoeng»,
 * «en økning på 5 personer»), kept as data on the figure that states it: {@code "change": "<from> -> <to>"} in
 * the claim language. What the statement means is read from its own wording: the word after the number —
 * «prosent» or «%» is the change relative to the first value, «prosentpoeng» the difference between two
 * percentages, any other unit the difference itself — and a word of decrease before it («nedgang», «redusert»,
 * «falt», …) makes the stated change a fall. Where the two values are percentages, a change stated in percent
 * that is the difference in points (or the reverse) is a finding naming that mistake; a statement right either
 * way (87 % to 87,3 % is 0,3 prosentpoeng and, rounded, 0,3 prosent) holds. Rounding and size follow the kit's
 * one rule ({@link Size}): the relative change of two rounded shares carries their ranges.
 */
final class StatedChange {

    static final String RULE = "text-change-matches";
    static final String PERCENT_FOR_POINTS = "percent-for-percentage-points";
    static final String POINTS_FOR_PERCENT = "percentage-points-for-percent";
    static final String DIRECTION = "change-direction";

    private static final Pattern POINTS_WORD = Pattern.compile("(?iU)^(prosentpoeng|prosentenheter|%-poeng|pp)\\b");
    private static final Pattern PERCENT_WORD = Pattern.compile("(?iU)^(prosent\\b|%)");
    private static final Pattern DIRECTION_WORD = Pattern.compile("(?iU)\\b(?:(?<up>økte|økt|øker|økning|økningen|oppgang|"
            + "vekst|veksten|steg|stiger|høyere|opp)|(?<down>nedgang|nedgangen|reduksjon|reduksjonen|redusert|reduserte|"
            + "falt|faller|sank|synker|lavere|ned|kutt|kuttet|minket|minsket))\\b");

    /** How the statement states its change. */
    enum Stated { RELATIVE, POINTS, ABSOLUTE }

    private StatedChange() {
    }

    /**
     * The claim a figure's statement of a change makes.
     *
     * @param printed the figure stating the change
     * @param change  {@code <from> -> <to>} in the claim language
     */
    static Claim claim(Expr printed, String change, ChapterData data, String rule, String message, String because) {
        ClaimSyntax.Change between = ClaimSyntax.change(change);
        Optional<StatedFigure> figure = printed.single().flatMap(r -> r instanceof Ref.Figure f ? f.statedFigure(data) : Optional.empty());
        String text = figure.map(StatedFigure::text).orElse("");
        String value = figure.map(StatedFigure::value).orElse("");
        Stated stated = stated(text, value, figure.map(StatedFigure::unit).orElse(null));
        boolean fall = falls(text, value);
        Expr from = between.from();
        Expr difference = fall ? from.minus(between.to()) : between.to().minus(from);
        Expr relative = difference.percentOf(from);
        Expr expected = stated == Stated.RELATIVE ? relative : difference;
        boolean shares = from.unit(data).map(Expr.PERCENT::equals).orElse(false);

        Wording w = new Wording(data, from, between.to(), difference, relative, scale(figure));
        String main = message != null ? message : switch (stated) {
            case RELATIVE -> "Teksten skal stemme med den relative endringen fra " + w.from + " til " + w.to + ", {expected}"
                    + (shares ? " (forskjellen er " + w.points + " prosentpoeng)" : "");
            case POINTS -> "Teksten skal stemme med forskjellen fra " + w.from + " til " + w.to + ", {expected}"
                    + " (den relative endringen er " + w.relative + " prosent)";
            case ABSOLUTE -> "Teksten skal stemme med endringen fra " + w.from + " til " + w.to + ", {expected}";
        };
        Claim claim = Claim.equal(rule != null ? rule : RULE, printed, expected, main)
                .because(because != null ? because : "verdiene endringen regnes mellom er kilden, teksten gjengir endringen.");
        if (shares && stated == Stated.RELATIVE) {
            claim = claim.orIf(new Claim.Diagnosis(PERCENT_FOR_POINTS, difference, "Teksten kaller en forskjell i prosentpoeng for "
                    + "prosent: fra " + w.from + " til " + w.to + " er forskjellen " + w.points + " prosentpoeng, men den relative "
                    + "endringen er {expected}. Det skal stå «" + w.points + " prosentpoeng» (eller {expected} om det er den "
                    + "relative endringen som menes)"));
        } else if (shares && stated == Stated.POINTS) {
            claim = claim.orIf(new Claim.Diagnosis(POINTS_FOR_PERCENT, relative, "Teksten kaller en relativ endring for "
                    + "prosentpoeng: fra " + w.from + " til " + w.to + " er den relative endringen " + w.relative
                    + " prosent, men forskjellen er {expected}. Det skal stå «" + w.relative + " prosent» (eller {expected} om "
                    + "det er forskjellen som menes)"));
        }
        return claim.orIf(new Claim.Diagnosis(DIRECTION, expected.negated(), "Teksten sier " + (fall ? "nedgang" : "økning")
                + ", men fra " + w.from + " til " + w.to + " gikk tallet " + (fall ? "opp" : "ned")));
    }

    /** The statement's unit word after its number, else the figure's unit. */
    static Stated stated(String text, String value, String unit) {
        int at = position(text, value);
        if (at >= 0) {
            String after = text.substring(at + value.length()).replace('\u00a0', ' ').stripLeading();
            if (POINTS_WORD.matcher(after).find()) {
                return Stated.POINTS;
            }
            if (PERCENT_WORD.matcher(after).find()) {
                return Stated.RELATIVE;
            }
            return Stated.ABSOLUTE;
        }
        return Expr.POINTS.equals(unit) ? Stated.POINTS : Expr.PERCENT.equals(unit) ? Stated.RELATIVE : Stated.ABSOLUTE;
    }

    /** Whether the statement's nearest word of direction before its number (else the first after it) is a fall. */
    static boolean falls(String text, String value) {
        int at = position(text, value);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = DIRECTION_WORD.matcher(lower);
        Boolean fall = null;
        while (m.find()) {
            if (at >= 0 && m.start() > at) {
                if (fall == null) {
                    fall = m.group("down") != null;
                }
                break;
            }
            fall = m.group("down") != null;
        }
        return fall != null && fall;
    }

    /** Where the statement's number stands in its text (as a whole number, not inside «2023»); -1 if not there. */
    private static int position(String text, String value) {
        if (value.isBlank()) {
            return -1;
        }
        Matcher m = Pattern.compile("(?<![\\d,])" + Pattern.quote(value) + "(?![\\d]|,\\d)").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static int scale(Optional<StatedFigure> figure) {
        return figure.map(StatedFigure::number).map(n -> Math.max(n.stripTrailingZeros().scale(), 0)).orElse(1);
    }

    /** The values as the messages name them: the two ends as printed, the difference and relative change at the statement's precision. */
    private static final class Wording {

        final String from;
        final String to;
        final String points;
        final String relative;

        Wording(ChapterData data, Expr fromExpr, Expr toExpr, Expr difference, Expr relativeExpr, int scale) {
            String unit = fromExpr.unit(data).orElse(Expr.MIXED);
            String suffix = Expr.PERCENT.equals(unit) ? " %" : "";
            this.from = printed(data, fromExpr, unit) + suffix;
            this.to = printed(data, toExpr, unit) + suffix;
            this.points = difference.value(data, unit).map(v -> PrintedNumbers.format(v.point(), scale)).orElse("?");
            this.relative = relativeExpr.value(data, Expr.PERCENT).map(v -> PrintedNumbers.format(v.point(), scale)).orElse("?");
        }

        private static String printed(ChapterData data, Expr e, String unit) {
            return e.single().map(r -> r.printed(data).replace("%", "").strip())
                    .orElseGet(() -> e.value(data, unit).map(Interval::point).map(PrintedNumbers::format).orElse("?"));
        }
    }
}
