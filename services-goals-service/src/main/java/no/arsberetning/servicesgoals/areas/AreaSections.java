package no.arsberetning.servicesgoals.areas;

/** Section keys of the reporting cycle: one section per service area, one per controller-owned table. */
public final class AreaSections {

    public static final String AREA_PREFIX = "area:";

    private AreaSections() {
    }

    public static String of(String areaCode) {
        return AREA_PREFIX + areaCode;
    }
}
