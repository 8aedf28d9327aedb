package no.arsberetning.hr.cycle;


/** The section of the reporting cycle that holds a year's inspections (controllers only). */
public final class InspectionsSection {

    public static final String KEY = "inspections";
    public static final String TITLE = "Rapportering av statlige tilsyn";

    private InspectionsSection() {
    }
}
