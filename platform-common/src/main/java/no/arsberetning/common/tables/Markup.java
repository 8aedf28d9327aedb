package no.arsberetning.common.tables;

/** Printed text without typographic markup: {@code "<b>11 375</b>"} → {@code "11 375"}. */
public final class Markup {

    private Markup() {
    }

    public static String strip(String printed) {
        if (printed == null || printed.indexOf('<') < 0 && printed.indexOf('&') < 0) {
            return printed;
        }
        return printed.replaceAll("<[^>]*>", "")
                .replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .trim();
    }
}
