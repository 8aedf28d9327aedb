package no.arsberetning.common.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printed text without typographic markup: {@code "<b>11 375</b>"} → {@code "11 375"}. A footnote mark
 * ({@code <sup>5</sup>}) stays a mark, as a superscript digit ({@code "3,74⁵ TWh"}), never part of a number.
 */
public final class Markup {

    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>\\s*([0-9]+)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final String DIGITS = "0123456789";
    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private Markup() {
    }

    public static String strip(String printed) {
        if (printed == null || printed.indexOf('<') < 0 && printed.indexOf('&') < 0) {
            return printed;
        }
        Matcher marks = SUPERSCRIPT.matcher(printed);
        StringBuilder text = new StringBuilder();
        while (marks.find()) {
            marks.appendReplacement(text, superscript(marks.group(1)));
        }
        marks.appendTail(text);
        return text.toString().replaceAll("<[^>]*>", "")
                .replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .trim();
    }

    /** The text without footnote marks, for reading the number in it: {@code "3,74⁵ TWh"} → {@code "3,74 TWh"}. */
    public static String withoutFootnoteMarks(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (SUPERSCRIPT_DIGITS.indexOf(c) < 0) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String superscript(String digits) {
        StringBuilder mark = new StringBuilder();
        for (char c : digits.toCharArray()) {
            mark.append(SUPERSCRIPT_DIGITS.charAt(DIGITS.indexOf(c)));
        }
        return mark.toString();
    }
}
