package no.arsberetning.common.years;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A year a service opened from an earlier one, one document per year: written {@code opening} before anything
 * is carried and {@code open} when all of it is, so a repeated call finishes what a broken one began and a
 * repeat of a finished one answers the same.
 *
 * @param from the year it was opened from
 * @param sourceRelease the number of {@code from}'s release its figures were carried from; null when
 *        {@code from} had none and the figures came from its working data
 * @param created what the year holds from the opening, by kind ({@code tables}, {@code texts}, {@code sections},
 *        {@code goals} …)
 */
@Document(OpenedYear.COLLECTION)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenedYear(
        @Id int year,
        int from,
        String state,
        Integer sourceRelease,
        String openedBy,
        Instant startedAt,
        Instant openedAt,
        Map<String, Integer> created,
        @JsonIgnore @Version Long version) {

    public static final String COLLECTION = "year_openings";
    public static final String OPENING = "opening";
    public static final String OPEN = "open";

    static OpenedYear started(int year, int from, String by, Instant at) {
        return new OpenedYear(year, from, OPENING, null, by, at.truncatedTo(ChronoUnit.MILLIS), null, Map.of(), null);
    }

    OpenedYear finished(Integer release, Map<String, Integer> counts, Instant at) {
        return new OpenedYear(year, from, OPEN, release, openedBy, startedAt, at.truncatedTo(ChronoUnit.MILLIS),
                Collections.unmodifiableMap(new LinkedHashMap<>(counts)), version);
    }

    @JsonIgnore
    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
