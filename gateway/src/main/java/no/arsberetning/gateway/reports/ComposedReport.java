package no.arsberetning.gateway.reports;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.FrontMatter;

/**
 * The annual report as the gateway composes it from the services: every chapter in the printed
 * report's order. A service that did not answer costs only its own chapters, which are then
 * placeholders saying why ({@link SourceStatus}).
 *
 * @param release the published release this is, or null for the current (working) data
 * @param findings the consistency findings, when asked for (the HTML report's appendix)
 * @param frontMatter the title page and foreword from the service that owns them (finance), or null when
 *        it did not answer
 */
public record ComposedReport(
        int year,
        String title,
        String municipality,
        Instant composedAt,
        ReleaseInfo release,
        List<SourceStatus> sources,
        List<Chapter> chapters,
        List<Finding> findings,
        FrontMatter frontMatter) {

    /** How one service's part went: available, or why not, and how long it took. */
    public record SourceStatus(String service, String title, List<String> chapters, boolean available, String reason,
            long elapsedMillis) {
    }

    /**
     * A published release: its number, when and by whom, its content hash, any recorded override and the
     * statutory items (checklist ids) that were missing when it was published.
     */
    public record ReleaseInfo(int number, Instant publishedAt, String publishedBy, String contentHash,
            String overrideReason, List<String> missingRequired) {

        public ReleaseInfo(int number, Instant publishedAt, String publishedBy, String contentHash, String overrideReason) {
            this(number, publishedAt, publishedBy, contentHash, overrideReason, List.of());
        }
    }
}
