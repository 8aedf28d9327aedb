package no.arsberetning.hr.tables;

/** What a column of a chapter-2 table measures, and its unit (brief § 6: the unit is stored with every measure). */
public enum Measure {
    /** A number of persons (or of positions held by persons): the cells small groups are protected in. */
    PERSONS("count"),
    /** Full-time equivalents (årsverk), printed rounded. */
    FTE("FTE"),
    /** A share in percent, computed from two other columns of the same row. */
    SHARE("percent"),
    /** An average annual pay in NOK over the persons in its basis column. */
    AVERAGE_PAY("NOK"),
    /** An average position size in percent. */
    AVERAGE_PERCENT("percent"),
    /** Not a number. */
    TEXT(null);

    private final String unit;

    Measure(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    public boolean numeric() {
        return this != TEXT;
    }
}
