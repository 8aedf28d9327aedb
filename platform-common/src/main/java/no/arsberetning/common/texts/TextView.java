package no.arsberetning.common.texts;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.arsberetning.common.tables.Provenance;

/**
 * A text as the API shows it: the stored text, and for a year opened from an earlier one, last year's text to start
 * from ({@code startingPoint}, left out when there is none).
 */
public record TextView(String id, int year, String key, String section, String area, String title, String html,
        Provenance provenance, Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) StartingPoints.StartingPoint startingPoint) {

    static TextView of(ReportText text, StartingPoints.StartingPoint startingPoint) {
        return new TextView(text.id(), text.year(), text.key(), text.section(), text.area(), text.title(), text.html(),
                text.provenance(), text.version(), startingPoint);
    }
}
