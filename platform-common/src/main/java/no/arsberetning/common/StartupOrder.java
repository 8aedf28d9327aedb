package no.arsberetning.common;

/**
 * The order of the work a service does on start, before it reports ready: the demo dataset's tables
 * first, then what a service loads from the same files, then warming the report. A service reports
 * ready (and {@code ./platform up} returns) only when all of it is done.
 */
public final class StartupOrder {

    /** The indexes the documents declare, before any query. */
    public static final int INDEXES = -200;
    /** Imports a crash left half done are completed before anything reads the tables. */
    public static final int RECOVERY = -100;
    /** The reporting years, which every table, section and document belongs to. */
    public static final int YEARS = -50;
    /** Tables (and, in the same pass over the demo files, a service's own documents): what everything else builds on. */
    public static final int TABLES = 0;
    /** A service's own documents loaded from the demo files (goals, inspections, figures …). */
    public static final int DOMAIN = 100;
    /** Building every year's report and checks once, so the first person is not kept waiting. */
    public static final int WARM_UP = 1000;

    private StartupOrder() {
    }
}
