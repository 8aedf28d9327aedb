package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.servicesgoals.goals.Ambition.Direction;
import no.arsberetning.servicesgoals.goals.Ambition.Kind;
import no.arsberetning.servicesgoals.goals.Quantities.Quantity;

/**
 * Reads a printed ambition into an {@link Ambition}. The forms the report uses, tried in this order:
 * <ol>
 *   <li>a text naming several ambitions («henholdsvis 10 og 5 prosent») is left unread;</li>
 *   <li>«fra 87 til 90 prosent» — a target with a baseline;</li>
 *   <li>«øker med 10 prosent hvert år», «reduseres med 6 måneder i løpet av perioden», «- 20 prosent
 *       innen 2025» — a change per year or over the period;</li>
 *   <li>«maksimum 20 dager», «ikke være mer enn 6 uker», «i løpet av sju virkedager» — a maximum;</li>
 *   <li>«minimum 40 prosent», «minst to grupper» — a target (at least);</li>
 *   <li>«alle tjenestemottakere» — all (100 percent);</li>
 *   <li>a number: «65 prosent av deltakerne», «300 innen 2025», «6 hvert år» — a target (100 % is «all»);</li>
 *   <li>«økning», «opprettholdes», «stabil» — a direction only.</li>
 * </ol>
 * The period is the one printed («i perioden 2023-2026», «innen 2025»), else the plan period given to the
 * parser when the text speaks of «perioden».
 */
final class AmbitionParser {

    private static final Pattern PERIOD = Pattern.compile("(?:perioden|fra)\\s+((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d)");
    private static final Pattern BY = Pattern.compile("(?:innen|i|til)\\s+((?:19|20)\\d\\d)(?![\\d-])");
    private static final Pattern PER_YEAR = Pattern.compile("hvert år|årlig|per år|i året");
    private static final String INCREASE = "øk\\p{L}*|stig\\p{L}*";
    private static final String DECREASE = "reduser\\p{L}*|reduksjon\\p{L}*|synk\\p{L}*|nedgang\\p{L}*|minsk\\p{L}*";
    private static final Pattern CHANGE = Pattern.compile("(?<!\\p{L})(?<verb>" + INCREASE + "|" + DECREASE
            + ")(?:\\s+\\p{L}+){0,2}?\\s+(?:med|på)\\s+");
    private static final Pattern SIGNED = Pattern.compile("(?:^|:|\\s)(?<sign>[-+])\\s?(?=\\d)");
    private static final String MAXIMUM = "maksimum|maksimalt|maks\\.?|høyst|ikke (?:skal )?(?:være )?(?:mer enn|over|lenger enn)"
            + "|lavere enn|mindre enn|under";
    private static final String WITHIN = "i løpet av|innen";
    private static final String MINIMUM = "minimum|minst|ikke under|større enn|høyere enn|mer enn";

    private final int periodFrom;
    private final int periodTo;

    /** @param periodFrom first and {@code periodTo} last year of the plan period «perioden» refers to */
    AmbitionParser(int periodFrom, int periodTo) {
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    Ambition parse(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String text = printed.toLowerCase(Locale.ROOT).replace('−', '-').replace('–', '-').replaceAll("\\s+", " ").trim();
        if (text.contains("henholdsvis")) {
            return Ambition.unreadable(printed);
        }
        Integer from = null;
        Integer horizon = null;
        Matcher period = PERIOD.matcher(text);
        if (period.find()) {
            from = Integer.valueOf(period.group(1));
            horizon = Integer.valueOf(period.group(2));
        } else {
            Matcher by = BY.matcher(text);
            if (by.find()) {
                horizon = Integer.valueOf(by.group(1));
            } else if (text.contains("perioden")) {
                from = periodFrom;
                horizon = periodTo;
            }
        }
        boolean perYear = PER_YEAR.matcher(text).find();

        Ambition withBaseline = baseline(printed, text, from, horizon, perYear);
        if (withBaseline != null) {
            return withBaseline;
        }
        Ambition change = change(printed, text, from, horizon, perYear);
        if (change != null) {
            return change;
        }
        Quantity max = Quantities.after(text, MAXIMUM);
        if (max == null) {
            Quantity within = Quantities.after(text, WITHIN);
            max = within != null && Units.isTime(within.unit()) ? within : null;
        }
        if (max != null) {
            return new Ambition(printed, Kind.MAXIMUM, max.value(), max.unit(), null, from, horizon, perYear, null);
        }
        Quantity min = Quantities.after(text, MINIMUM);
        if (min != null) {
            return target(printed, min, from, horizon, perYear);
        }
        if (text.matches("(?:.*[\\s:])?(alle|samtlige)(\\s.*)?")) {
            return new Ambition(printed, Kind.ALL, BigDecimal.valueOf(100), Units.PERCENT, null, from, horizon, perYear, null);
        }
        List<Quantity> numbers = Quantities.in(text).stream().filter(q -> !q.year()).toList();
        if (!numbers.isEmpty()) {
            return target(printed, numbers.get(0), from, horizon, perYear);
        }
        Direction direction = direction(text);
        return direction == null ? Ambition.unreadable(printed)
                : new Ambition(printed, Kind.DIRECTION, null, null, null, from, horizon, perYear, direction);
    }

    private Ambition baseline(String printed, String text, Integer from, Integer horizon, boolean perYear) {
        Matcher m = Pattern.compile("fra\\s+(?=\\d)").matcher(text);
        while (m.find()) {
            List<Quantity> after = Quantities.in(text.substring(m.end()));
            if (after.size() >= 2 && !after.get(0).year() && !after.get(1).year()
                    && text.substring(m.end()).substring(0, after.get(1).start()).contains(" til ")) {
                Quantity start = after.get(0);
                Quantity end = after.get(1);
                String unit = end.unit() != null ? end.unit() : start.unit();
                return new Ambition(printed, Kind.ABSOLUTE_TARGET, end.value(), unit, start.value(), from, horizon, perYear, null);
            }
        }
        return null;
    }

    private Ambition change(String printed, String text, Integer from, Integer horizon, boolean perYear) {
        Quantity amount = null;
        boolean decrease = false;
        Matcher verb = CHANGE.matcher(text);
        if (verb.find()) {
            List<Quantity> after = Quantities.in(text.substring(verb.end()), true);
            if (!after.isEmpty() && after.get(0).start() == 0 && !after.get(0).year()) {
                amount = after.get(0);
                decrease = verb.group("verb").matches(DECREASE);
            }
        }
        if (amount == null) {
            Matcher signed = SIGNED.matcher(text);
            if (signed.find()) {
                List<Quantity> after = Quantities.in(text.substring(signed.end()));
                if (!after.isEmpty() && after.get(0).start() == 0 && !after.get(0).year()) {
                    amount = after.get(0);
                    decrease = "-".equals(signed.group("sign"));
                }
            }
        }
        if (amount == null) {
            return null;
        }
        BigDecimal value = decrease ? amount.value().negate() : amount.value();
        if (perYear) {
            return new Ambition(printed, Kind.CHANGE_PER_YEAR, value, amount.unit(), null, from, horizon, true, null);
        }
        Integer start = from != null ? from : horizon != null ? Integer.valueOf(periodFrom) : null;
        return new Ambition(printed, Kind.CHANGE_OVER_PERIOD, value, amount.unit(), null, start, horizon, false, null);
    }

    private static Ambition target(String printed, Quantity q, Integer from, Integer horizon, boolean perYear) {
        boolean all = Units.PERCENT.equals(q.unit()) && q.value().compareTo(BigDecimal.valueOf(100)) == 0;
        return new Ambition(printed, all ? Kind.ALL : Kind.ABSOLUTE_TARGET, q.value(), q.unit(), null, from, horizon,
                perYear, null);
    }

    private static Direction direction(String text) {
        if (text.matches(".*(opprettholde|stabil|uendret|holdes).*")) {
            return Direction.MAINTAIN;
        }
        if (text.matches(".*(?<!\\p{L})(" + DECREASE + ").*")) {
            return Direction.DECREASE;
        }
        if (text.matches(".*(?<!\\p{L})(" + INCREASE + ").*")) {
            return Direction.INCREASE;
        }
        return null;
    }
}
