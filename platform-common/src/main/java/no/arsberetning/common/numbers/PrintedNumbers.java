package no.arsberetning.common.numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.report.MissingReason;

/**
 * Reads and writes numbers the way the printed report shows them (Norwegian style: {@code "1 982,2"}).
 *
 * <h2>Reading ({@link #parse(String)})</h2>
 * A cell text is one of three things:
 * <ol>
 *   <li><b>A number</b>, optionally signed and with a unit:
 *     <ul>
 *       <li>Thousands are grouped by a space, U+00A0 (no-break space) or U+202F (narrow no-break space), in
 *           groups of exactly three digits ({@code "4 004"}); ungrouped digits are fine too ({@code "3329"}).</li>
 *       <li>The comma is the decimal separator ({@code "1 982,2"}). The value keeps the printed scale:
 *           {@code "-32,0"} is {@code -32.0} (scale 1), {@code "2,50%"} is {@code 2.50} (scale 2).</li>
 *       <li><b>Dots.</b> With a comma present, dots may only group thousands ({@code "1.234,5"} = 1234.5).
 *           Without a comma, a dot that <em>looks like a thousands separator</em> &mdash; 1&ndash;3 leading
 *           digits not starting with 0, then groups of exactly three digits &mdash; <b>is read as a thousands
 *           separator</b>: {@code "1.234"} = 1234 and {@code "12.500"} = 12500 (the traditional Norwegian
 *           reading; Norwegian print never writes a decimal dot before exactly three decimals on purpose).
 *           Any other single dot is a decimal point: {@code "738.8"} = 738.8, {@code "0.125"} = 0.125,
 *           {@code "1234.567"} = 1234.567, {@code "1 234.5"} = 1234.5.</li>
 *       <li>Signs: a leading {@code "+"} or {@code "+ "}; a minus as {@code "-"}, U+2212 ({@code "−"}) or
 *           U+2013 en dash ({@code "–"}) <em>directly</em> before the digits ({@code "- 5"} is not a number).</li>
 *       <li>A percent sign, with or without a space ({@code "12 %"}, {@code "91%"}), or the word
 *           {@code "prosent"} gives unit {@code "percent"}; the value stays as printed ({@code "12 %"} = 12).</li>
 *       <li>Any other unit is one or more words after a space, reported as printed: {@code "738.8 GWh"} gives
 *           unit {@code "GWh"}, {@code "12 mill. kr"} gives {@code "mill. kr"}.</li>
 *     </ul>
 *   </li>
 *   <li><b>A missing-value marker</b> (value null, {@link Parsed#reason()} set):
 *     <ul>
 *       <li>empty or blank &rarr; {@link MissingReason#NOT_REPORTED}</li>
 *       <li>{@code "-"}, {@code "–"}, {@code "−"} alone &rarr; {@link MissingReason#ZERO} (the dash means
 *           "nothing", as in accounting tables)</li>
 *       <li>{@code "i.a."} (ikke angitt/tilgjengelig), {@code ".."}, {@code "..."}, {@code "…"} &rarr;
 *           {@link MissingReason#NOT_AVAILABLE_YET} (SSB's ".." = "not available")</li>
 *       <li>{@code ":"} &rarr; {@link MissingReason#NOT_APPLICABLE}</li>
 *     </ul>
 *   </li>
 *   <li><b>Anything else</b> &mdash; ranges ({@code "55-57"}), approximations ({@code "~ 100 prosent"}),
 *       parenthesised negatives ({@code "(12)"}), words &mdash; gives value and reason null and a Norwegian
 *       {@link Parsed#problem()} such as {@code "«55-57» er ikke et tall"}.</li>
 * </ol>
 * Surrounding whitespace (including no-break spaces) is ignored. Texts longer than {@value #MAX_LENGTH}
 * characters are never numbers.
 *
 * <h2>Writing ({@link #format(BigDecimal)})</h2>
 * Groups thousands with U+00A0, uses a decimal comma and {@code "-"} as minus, and keeps the value's scale.
 */
public final class PrintedNumbers {

    /** The unit reported for {@code "%"} and {@code "prosent"}. */
    public static final String PERCENT = "percent";

    /** The thousands separator {@link #format} writes: U+00A0, a no-break space. */
    public static final char THOUSANDS_SEPARATOR = '\u00A0';

    static final int MAX_LENGTH = 100;

    private static final String SPACE = "[ \\u00A0\\u202F]";
    private static final String WORD = "\\p{L}[\\p{L}\\p{M}.\\u00B2\\u00B3/]*";
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<minus>[-\\u2212\\u2013])|\\+" + SPACE + "?)?"
                    + "(?<int>[1-9]\\d{0,2}(?:" + SPACE + "\\d{3})+"
                    + "|(?<dotted>[1-9]\\d{0,2}(?:\\.\\d{3})+)"
                    + "|\\d+)"
                    + "(?:(?<separator>[,.])(?<fraction>\\d+))?"
                    + "(?:(?<percent>" + SPACE + "?%)|" + SPACE + "(?<unit>" + WORD + "(?:" + SPACE + WORD + ")*))?");

    private PrintedNumbers() {
    }

    /**
     * What a printed cell text means: a number ({@code value} set, {@code unit} possibly set), a missing
     * value ({@code reason} set) or neither ({@code problem} set, a Norwegian message for the user).
     */
    public record Parsed(BigDecimal value, String unit, MissingReason reason, String problem) {

        /** True when the text is a number; {@link #value()} is then non-null. */
        public boolean isNumber() {
            return value != null;
        }

        /** True when the text is a missing-value marker; {@link #reason()} is then non-null. */
        public boolean isMissing() {
            return reason != null;
        }

        static Parsed number(BigDecimal value, String unit) {
            return new Parsed(value, unit, null, null);
        }

        static Parsed missing(MissingReason reason) {
            return new Parsed(null, null, reason, null);
        }

        static Parsed notANumber(String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return new Parsed(null, null, null, "«" + shown + "» er ikke et tall");
        }
    }

    /** Reads a printed cell text; never throws. See the class documentation for the rules. */
    public static Parsed parse(String printed) {
        String text = trim(printed == null ? "" : printed);
        MissingReason reason = missingReason(text);
        if (reason != null) {
            return Parsed.missing(reason);
        }
        if (text.length() > MAX_LENGTH) {
            return Parsed.notANumber(text);
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || ambiguous(m)) {
            return Parsed.notANumber(text);
        }
        return Parsed.number(value(m), unit(m));
    }

    /**
     * The number a text begins with, read by the same rules as {@link #parse}, whatever follows it:
     * {@code "100 prosent av dem"} &rarr; 100, {@code "1 250,5 %"} &rarr; 1250.5; empty when it begins with none.
     */
    public static Optional<BigDecimal> leading(String text) {
        Matcher m = NUMBER.matcher(trim(text == null ? "" : text));
        return m.lookingAt() && !ambiguous(m) ? Optional.of(value(m)) : Optional.empty();
    }

    /** «1.234.5»: dots that group thousands and a dot that separates decimals cannot both be meant. */
    private static boolean ambiguous(Matcher m) {
        return m.group("dotted") != null && ".".equals(m.group("separator"));
    }

    private static BigDecimal value(Matcher m) {
        String digits = m.group("int").replaceAll("[ .\\u00A0\\u202F]", "");
        if (m.group("fraction") != null) {
            digits += "." + m.group("fraction");
        }
        BigDecimal value = new BigDecimal(digits);
        return m.group("minus") != null ? value.negate() : value;
    }

    /**
     * Formats a number the Norwegian way, keeping its scale: {@code 1982.2} &rarr; {@code "1 982,2"},
     * {@code -32.0} &rarr; {@code "-32,0"}, {@code 4004} &rarr; {@code "4 004"} (the spaces are U+00A0).
     * A negative scale is written as an integer ({@code 1E+3} &rarr; {@code "1 000"}). null &rarr; {@code ""}.
     */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder out = new StringBuilder();
        if (v.signum() < 0) {
            out.append('-');
        }
        out.append(groupThousands(dot < 0 ? plain : plain.substring(0, dot)));
        if (dot >= 0) {
            out.append(',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    /**
     * Formats a number with exactly {@code scale} decimals, rounding half up:
     * {@code format(1982.25, 1)} &rarr; {@code "1 982,3"}. null &rarr; {@code ""}.
     *
     * @throws IllegalArgumentException if scale is negative
     */
    public static String format(BigDecimal value, int scale) {
        if (scale < 0) {
            throw new IllegalArgumentException("scale must be >= 0: " + scale);
        }
        return value == null ? "" : format(value.setScale(scale, RoundingMode.HALF_UP));
    }

    private static MissingReason missingReason(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "":
                return MissingReason.NOT_REPORTED;
            case "-":
            case "\u2013":
            case "\u2212":
                return MissingReason.ZERO;
            case "i.a.":
            case "..":
            case "...":
            case "\u2026":
                return MissingReason.NOT_AVAILABLE_YET;
            case ":":
                return MissingReason.NOT_APPLICABLE;
            default:
                return null;
        }
    }

    private static String unit(Matcher m) {
        if (m.group("percent") != null) {
            return PERCENT;
        }
        String unit = m.group("unit");
        return unit != null && unit.equalsIgnoreCase("prosent") ? PERCENT : unit;
    }

    private static String groupThousands(String digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            out.insert(i, THOUSANDS_SEPARATOR);
        }
        return out.toString();
    }

    /** Strips whitespace including no-break spaces, which {@link String#strip()} keeps. */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
