package no.arsberetning.common.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A service's chapters of the annual report for one year (brief § 9): chapters → sections → blocks.
 * {@code frontMatter} is the report's own parts no chapter owns (title page, foreword); only the service
 * that owns them (finance, the controller's service) sends it, every other document leaves it out.
 */
public record ReportDocument(String source, int year,
        @JsonInclude(JsonInclude.Include.NON_NULL) FrontMatter frontMatter,
        List<Chapter> chapters) {

    public ReportDocument(String source, int year, List<Chapter> chapters) {
        this(source, year, null, chapters);
    }

    /**
     * A chapter. {@code charts} declares what a reader draws from the chapter's tables besides the tables
     * themselves (none by default): the service that writes the chapter says so, no reader guesses it from
     * the chapter's number or title.
     */
    public record Chapter(String number, String title, List<Section> sections,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Chart> charts) {

        public Chapter {
            charts = charts == null ? List.of() : List.copyOf(charts);
        }

        public Chapter(String number, String title, List<Section> sections) {
            this(number, title, sections, List.of());
        }

        public boolean declares(Chart chart) {
            return charts.contains(chart);
        }
    }

    /** A chart drawn from a chapter's tables. */
    public enum Chart {
        /** Emission cuts by year with the targets: a line chart from the chapter's table of them. */
        @JsonProperty("trajectory") TRAJECTORY,
        /** Deviation per row (e.g. per service area): horizontal bars from the «Avvik» column of the table block that asks for it. */
        @JsonProperty("deviations") DEVIATIONS
    }

    public record Section(String id, String title, List<Block> blocks) {
    }

    /**
     * The title page and the chief executive's foreword.
     *
     * @param municipality e.g. "Trondheim kommune"; {@code municipalityAlt} the name in another language
     *        printed with it (Trondheim: the South Sami "Tråanten tjielte", language {@code sma})
     * @param issuedBy who issues the report, e.g. "Kommunedirektøren"
     * @param date the date printed on the title page (ISO), or null when none is set
     * @param versionLabel the edition printed on the title page, or null
     * @param forewordHtml sanitized markup
     */
    public record FrontMatter(String municipality, String municipalityAlt, String municipalityAltLang, String title,
            int year, String issuedBy, String date, String versionLabel, String forewordTitle, String forewordHtml) {
    }
}
