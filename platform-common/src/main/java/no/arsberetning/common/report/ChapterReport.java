package no.arsberetning.common.report;

/** A service's chapters of the report for a year (brief § 9). Each service provides one. */
public interface ChapterReport {

    /** The working report, as staff read it. */
    ReportDocument report(int year);

    /**
     * What a release freezes and the committee reads. The same as {@link #report} unless the service
     * hides something from the public, such as small groups of persons.
     */
    default ReportDocument published(int year) {
        return report(year);
    }
}
