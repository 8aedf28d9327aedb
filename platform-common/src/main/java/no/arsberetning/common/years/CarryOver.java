package no.arsberetning.common.years;

/**
 * What a service carries into a year opened from an earlier one besides its tables and texts, which every service
 * carries the same way ({@link TableCarryOver}, {@link TextCarryOver}): goals, figures, a title page. A service
 * provides one bean per kind.
 */
public interface CarryOver {

    /** The kind, as the opening's answer counts it: {@code goals}, {@code figures}, {@code titlePage} … */
    String kind();

    /**
     * Creates the new year's documents of this kind from the earlier year's — only those that do not exist yet, so a
     * repeated or interrupted opening never creates one twice — and returns how many the new year holds from it.
     */
    int carry(Opening opening);
}
