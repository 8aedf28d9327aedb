package no.arsberetning.common.years;

/**
 * A year that cannot be opened as asked (409), with why as a stable code: {@code opened-from-another-year},
 * {@code year-has-data} (a year that holds data it was not opened with) or {@code from-missing}.
 */
public class YearConflictException extends RuntimeException {

    public static final String OTHER_FROM = "opened-from-another-year";
    public static final String HAS_DATA = "year-has-data";
    public static final String FROM_MISSING = "from-missing";

    private final String reason;

    public YearConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
