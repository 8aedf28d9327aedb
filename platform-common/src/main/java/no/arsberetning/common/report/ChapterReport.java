package no.arsberetning.common.report;

/** A service's chapters of the report for a year (brief § 9). Each service provides one. */
public interface ChapterReport {

    ReportDocument report(int year);
}
