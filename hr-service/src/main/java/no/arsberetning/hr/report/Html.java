package no.arsberetning.hr.report;

/** Text for the report's HTML blocks, escaped. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }
}
