package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.servicesgoals.goals.Ambition.Kind;
import no.arsberetning.servicesgoals.goals.Quantities.Quantity;
import no.arsberetning.servicesgoals.goals.Reading.Basis;
import no.arsberetning.servicesgoals.goals.Reading.Source;

/**
 * Reads the number a printed result states for its ambition. The text is read clause by clause; for the
 * reporting year's result a clause about an earlier year only («I 2022 var …») is passed over. A number
 * that restates a threshold or a starting point («innen 6 uker», «lenger enn 6 måneder», «fra 87 prosent»,
 * «per 1000 innbyggere») is not a result.
 * <ul>
 *   <li>Change ambitions in percent: «økning på 22,5 prosent», «økte … med 19 prosent», «9,2 prosent
 *       økning» (a reduction is negative).</li>
 *   <li>Otherwise a level in the ambition's unit, preferring «til 87,3 prosent» / «økt til 82 dager», then
 *       «gjennomsnitt på 79,5 prosent», then the first such number.</li>
 * </ul>
 */
final class ResultReader {

    private static final String UP = "økning|oppgang|økte|økt|øker|steg|stigning";
    private static final String DOWN = "nedgang|reduksjon|reduserte|redusert|reduseres|falt|fall|synk|minsket";
    private static final Pattern CHANGE_AFTER = Pattern.compile("(?<verb>" + UP + "|" + DOWN
            + ")\\p{L}*[^.]{0,80}?\\s(?:på|med)\\s+(?:nesten |ca\\.? |omtrent |om lag |over )?(?=\\d)");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?<num>\\d+(?:,\\d+)?)\\s*(?:prosent|%)\\s+(?<verb>"
            + UP + "|" + DOWN + ")");
    private static final Pattern YEAR_MENTION = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern ABOUT_YEAR = Pattern.compile("(?:^|\\s)(?:i|for|per)\\s+((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern SKIP_BEFORE = Pattern.compile(
            "(?:(?:^|\\s)(?:enn|innen|inntil|over|under|fra|per|pr\\.?|satt til|maks skår|alle over|ambisjonen om)|garanti på)$");
    private static final Pattern SUMMARY_BEFORE = Pattern.compile(
            "(?:gjennomsnitt(?:et)?|samlet|totalt|til sammen)(?:\\s+\\p{L}+)?\\s+(?:på|var|er)?$");

    private ResultReader() {
    }

    /**
     * @param previous whether the text is the previous result (then clauses about earlier years are its subject)
     */
    static Reading read(String printed, Ambition ambition, int year, boolean previous) {
        if (printed == null || printed.isBlank() || ambition == null || !ambition.structured()) {
            return printed == null ? null : Reading.text(printed);
        }
        List<String> clauses = clauses(printed).stream().filter(c -> previous || !aboutEarlierYear(c, year)).toList();
        boolean percentChange = (ambition.kind() == Kind.CHANGE_PER_YEAR || ambition.kind() == Kind.CHANGE_OVER_PERIOD)
                && Units.PERCENT.equals(ambition.unit());
        if (percentChange && !previous) {
            for (String clause : clauses) {
                Optional<Reading> change = change(printed, clause);
                if (change.isPresent()) {
                    return change.get();
                }
            }
        }
        String unit = ambition.kind() == Kind.DIRECTION ? null : ambition.unit();
        Quantity best = null;
        int rank = Integer.MAX_VALUE;
        for (String clause : clauses) {
            for (Quantity q : Quantities.in(clause)) {
                if (q.year() || SKIP_BEFORE.matcher(q.before()).find() || !usable(unit, q, ambition.kind())) {
                    continue;
                }
                int r = q.before().endsWith(" til") || q.before().equals("til") ? 0
                        : SUMMARY_BEFORE.matcher(q.before()).find() ? 1 : 2;
                if (r < rank) {
                    best = q;
                    rank = r;
                }
            }
            if (best != null && rank == 0) {
                break;
            }
        }
        if (best == null) {
            return Reading.text(printed);
        }
        return new Reading(printed, best.value(), best.unit(), Basis.LEVEL, best.text().trim(), Source.READ_FROM_TEXT);
    }

    /** A percent change read from the text, e.g. for a reporter's corrected result. */
    private static Optional<Reading> change(String printed, String clause) {
        String text = clause.toLowerCase(Locale.ROOT);
        Matcher after = CHANGE_AFTER.matcher(text);
        while (after.find()) {
            List<Quantity> numbers = Quantities.in(text.substring(after.end()));
            if (!numbers.isEmpty() && numbers.get(0).start() == 0 && Units.PERCENT.equals(numbers.get(0).unit())) {
                BigDecimal value = numbers.get(0).value();
                boolean down = after.group("verb").matches(DOWN);
                return Optional.of(new Reading(printed, down ? value.negate() : value, Units.PERCENT, Basis.CHANGE,
                        text.substring(after.start(), after.end()) + numbers.get(0).text().trim(), Source.READ_FROM_TEXT));
            }
        }
        Matcher before = CHANGE_BEFORE.matcher(text);
        if (before.find()) {
            BigDecimal value = new BigDecimal(before.group("num").replace(',', '.'));
            boolean down = before.group("verb").matches(DOWN);
            return Optional.of(new Reading(printed, down ? value.negate() : value, Units.PERCENT, Basis.CHANGE,
                    before.group(), Source.READ_FROM_TEXT));
        }
        return Optional.empty();
    }

    /** Relative change in percent between two levels, when both are there and the earlier is not zero. */
    static BigDecimal percentChange(BigDecimal from, BigDecimal to) {
        if (from == null || to == null || from.signum() == 0) {
            return null;
        }
        return to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from.abs(), MathContext.DECIMAL64);
    }

    private static boolean usable(String unit, Quantity q, Kind kind) {
        if (kind == Kind.DIRECTION) {
            return !Units.isTime(q.unit());
        }
        if (q.word() && unit == null && q.value().signum() != 0) {
            return false;
        }
        return Units.compatible(unit, q.unit());
    }

    /** Sentences, split further at «men» and semicolons, so «…ikke publisert, men i 2022 var …» is two clauses. */
    static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?])(?<!ca\\.)(?<!pr\\.)(?<!nr\\.)(?<!bl\\.a\\.)\\s+(?=[\\p{Lu}\\d])|;")) {
            for (String part : sentence.split(",?\\s+men\\s+")) {
                if (!part.isBlank()) {
                    clauses.add(part.trim());
                }
            }
        }
        return clauses;
    }

    private static boolean aboutEarlierYear(String clause, int year) {
        Matcher about = ABOUT_YEAR.matcher(clause.toLowerCase(Locale.ROOT));
        boolean earlier = false;
        while (about.find()) {
            earlier |= Integer.parseInt(about.group(1)) < year;
        }
        if (!earlier) {
            return false;
        }
        Matcher any = YEAR_MENTION.matcher(clause);
        while (any.find()) {
            if (Integer.parseInt(any.group(1)) == year) {
                return false;
            }
        }
        return true;
    }
}
