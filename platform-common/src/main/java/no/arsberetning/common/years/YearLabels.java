package no.arsberetning.common.years;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years printed in captions, column labels and titles, and how they move when a year is opened from an
 * earlier one: a year within the {@value #WINDOW} years up to the earlier year names the reporting period and
 * moves with it ("Regnskap 2023" → "Regnskap 2024", "Garantiansvar 2020-2023" → "2021-2024"); an older year
 * (a reference year such as 2009) and a later one (a target such as 2030) stay as they are.
 */
public final class YearLabels {

    /** How far back a printed year still names the reporting period. */
    static final int WINDOW = 10;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private YearLabels() {
    }

    /** The text with every reporting-period year moved by {@code to - from}; null stays null. */
    public static String advance(String text, int from, int to) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            int shifted = year <= from && year > from - WINDOW ? year + (to - from) : year;
            m.appendReplacement(moved, String.valueOf(shifted));
        }
        m.appendTail(moved);
        return moved.toString();
    }

    /** The years a text names, in order. */
    public static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        if (text != null) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                years.add(Integer.parseInt(m.group()));
            }
        }
        return years;
    }

    /**
     * Whether a label of the new year names an earlier reporting year only: it names at least one year and
     * none after {@code year} ("Regnskap 2023" in 2024's table, opened from 2023). Its values restate that year.
     */
    public static boolean namesEarlierYearOnly(String label, int year) {
        List<Integer> named = years(label);
        return !named.isEmpty() && named.stream().allMatch(y -> y <= year);
    }
}
