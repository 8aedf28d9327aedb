package no.arsberetning.gateway.reports;

/** Chapter numbers as the composition and the checklist list them: one number ({@code "1"}) or a range ({@code "4-19"}). */
public final class ChapterNumbers {

    private ChapterNumbers() {
    }

    /** Whether {@code listed} (a number, or a range with a hyphen or en dash) includes chapter {@code number}. */
    public static boolean covers(String listed, String number) {
        if (listed == null || number == null) {
            return false;
        }
        String entry = listed.strip();
        if (entry.equals(number)) {
            return true;
        }
        String[] range = entry.split("\\s*[-\u2013]\\s*");
        if (range.length == 2 && range[0].matches("\\d+") && range[1].matches("\\d+") && number.matches("\\d+")) {
            int n = Integer.parseInt(number);
            return Integer.parseInt(range[0]) <= n && n <= Integer.parseInt(range[1]);
        }
        return false;
    }
}
