package no.arsberetning.climate.printed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.texts.SafeHtml;

import org.jsoup.Jsoup;

/**
 * Printed rich text made safe to show. {@link SafeHtml} drops {@code <sup>} but keeps its content, which
 * would glue a footnote mark to the number before it («3,74<sup>5</sup> TWh» would read «3,745 TWh»);
 * footnote marks are therefore turned into superscript digits («3,74⁵ TWh») before sanitizing.
 */
public final class Markup {

    private static final Pattern SUP = Pattern.compile("<sup>\\s*(\\d+)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_MARK = Pattern.compile("^(\\d{1,2})\\s+(\\D.*)$", Pattern.DOTALL);
    private static final String DIGITS = "0123456789";
    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private Markup() {
    }

    /** Sanitized HTML: lists, emphasis and http(s)/mailto links survive; scripts, styles and handlers do not. */
    public static String html(String printed) {
        return SafeHtml.sanitize(footnoteMarks(printed));
    }

    /** The text a reader sees, without markup. */
    public static String plain(String printed) {
        return printed == null ? "" : Jsoup.parse(html(printed)).text().replace('\u00A0', ' ').trim();
    }

    /**
     * A footnote as printed under a table («<sup>5</sup> Foreløpige tall for 2023»), sanitized, its mark
     * superscript. The shared table import strips markup from cells, which leaves the mark as a leading
     * number («5 Foreløpige tall for 2023»); in a footnote row that number can only be the mark.
     */
    public static String footnote(String printed) {
        if (printed == null) {
            return "";
        }
        Matcher m = LEADING_MARK.matcher(printed);
        return html(m.matches() ? "<sup>" + m.group(1) + "</sup> " + m.group(2) : printed);
    }

    static String footnoteMarks(String printed) {
        if (printed == null) {
            return null;
        }
        Matcher m = SUP.matcher(printed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                digits.append(SUPERSCRIPTS.charAt(DIGITS.indexOf(c)));
            }
            m.appendReplacement(out, digits.toString());
        }
        m.appendTail(out);
        return out.toString();
    }
}
