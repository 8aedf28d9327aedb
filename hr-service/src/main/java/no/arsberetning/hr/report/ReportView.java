package no.arsberetning.hr.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The two renditions of the chapter. {@link #STAFF}: every value, and a note under each table naming the
 * cells the published rendition hides. {@link #PUBLISHED}: what a release freezes and the committee reads —
 * small-group cells replaced by «:» (value null, reason {@code suppressed}; SSB's symbol for «not shown
 * to protect individuals») and a note row in each table that has them.
 */
public enum ReportView {
    STAFF, PUBLISHED;

    static Optional<ReportView> parse(String name) {
        for (ReportView view : values()) {
            if (view.name().toLowerCase(Locale.ROOT).equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }
}
