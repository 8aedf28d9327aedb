package no.arsberetning.gateway.reports.completeness;

import java.util.List;

/**
 * The checklist held against one composed report: per item covered or missing, with why.
 *
 * @param release the release number evaluated, or null for the working report
 * @param missingRequired ids of the required items that are missing (what publishing needs an override for)
 */
public record Completeness(int year, Integer release, String title, String basis, int covered, int missing,
        List<String> missingRequired, List<ItemResult> items) {

    public static final String COVERED = "covered";
    public static final String MISSING = "missing";

    public boolean complete() {
        return missingRequired.isEmpty();
    }

    /** One item: its status ({@code covered}/{@code missing}), a Norwegian label, the reason when missing, and each place. */
    public record ItemResult(String id, String law, String reference, String text, String frequency,
            String frequencyLabel, boolean required, String status, String statusLabel, String reason,
            List<PlaceResult> places) {
    }

    /** A place of the report that satisfies the item: what it is, whether it has content, and why not. */
    public record PlaceResult(String label, boolean found, String reason) {
    }
}
