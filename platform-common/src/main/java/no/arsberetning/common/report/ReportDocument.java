package no.arsberetning.common.report;

import java.util.List;

/** A service's chapters of the annual report for one year (brief § 9): chapters → sections → blocks. */
public record ReportDocument(String source, int year, List<Chapter> chapters) {

    public record Chapter(String number, String title, List<Section> sections) {
    }

    public record Section(String id, String title, List<Block> blocks) {
    }
}
