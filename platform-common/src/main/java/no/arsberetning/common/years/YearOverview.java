package no.arsberetning.common.years;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reporting year as {@code GET <prefix>/years} lists it: where it came from, whether it is open (or still being
 * opened), its sections by status and its releases.
 *
 * @param openedFrom the year it was opened from; null for a year loaded or registered otherwise
 * @param state {@code open}, or {@code opening} while an opening is unfinished (repeat it to finish)
 * @param sourceRelease the release of {@code openedFrom} its carried figures came from; null when from working data
 * @param releases the numbers of the year's releases in this service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record YearOverview(int year, Instant registeredAt, String registeredBy, String source, Integer openedFrom,
        String state, Integer sourceRelease, Sections sections, List<Integer> releases) {

    /** How many of the year's sections are in each status (a section without a status is a draft). */
    public record Sections(int total, int draft, int submitted, int approved, int returned) {
    }
}
