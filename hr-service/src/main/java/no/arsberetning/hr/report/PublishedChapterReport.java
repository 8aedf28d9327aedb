package no.arsberetning.hr.report;

import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ReportDocument;

import org.springframework.stereotype.Component;

/**
 * Chapter 2 for the shared core: staff read every value ({@code GET /api/hr/{year}/report}); a release
 * freezes the published view, which never holds a cell that could identify a person.
 */
@Component
class PublishedChapterReport implements ChapterReport {

    private final HrChapterReport chapter;

    PublishedChapterReport(HrChapterReport chapter) {
        this.chapter = chapter;
    }

    @Override
    public ReportDocument report(int year) {
        return chapter.report(year, ReportView.STAFF);
    }

    @Override
    public ReportDocument published(int year) {
        return chapter.report(year, ReportView.PUBLISHED);
    }
}
