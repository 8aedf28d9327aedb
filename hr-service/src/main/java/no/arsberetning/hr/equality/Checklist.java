package no.arsberetning.hr.equality;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the gender-equality statement (likestillingsredegjørelse, ldl. § 26a) must contain, and how often:
 * data in {@code equality/ldl-26a.json}, not code, so a change in the guidance is a change of that file.
 */
public record Checklist(String basis, List<Item> items) {

    public enum Frequency {
        @JsonProperty("every-year") EVERY_YEAR("Hvert år"),
        @JsonProperty("every-second-year") EVERY_SECOND_YEAR("Minst annethvert år");

        private final String label;

        Frequency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One requirement.
     *
     * @param evidence what in the service's data fulfils it; all of it must be there
     * @param related data that covers the requirement in part, with {@code relatedNote} saying how
     * @param computed set when the data fulfils it only through what the service computes from it
     * @param lastDoneFigure for an every-second-year item: the figure stating the year it was last done
     */
    public record Item(String key, String requirement, Frequency frequency, List<Evidence> evidence, List<Evidence> related,
            String relatedNote, String computed, String lastDoneFigure) {

        public List<Evidence> related() {
            return related == null ? List.of() : related;
        }
    }

    /**
     * Data that shows a requirement: a table by printed number or by a caption pattern, with column patterns
     * that must match (combined header labels, case-insensitive) and, with {@code genderSplit}, women and
     * men shown apart; or a figure of the chapter's text by id prefix.
     */
    public record Evidence(String table, String caption, List<String> columns, Boolean genderSplit, String figure) {

        public List<String> columns() {
            return columns == null ? List.of() : columns;
        }

        public boolean needsGenderSplit() {
            return Boolean.TRUE.equals(genderSplit);
        }
    }
}
