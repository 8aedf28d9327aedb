package no.arsberetning.common.texts;

import java.util.List;
import java.util.Map;

/**
 * Where a text of a year opened from an earlier one may start from: the earlier year's text of the same key,
 * offered to the writer, never copied into the report. Provided where years are opened.
 */
public interface StartingPoints {

    /** The starting points of a year's texts, by key (none when the year was not opened from another). */
    Map<String, StartingPoint> of(int year);

    /** The starting point of one text, if any. */
    default StartingPoint of(int year, String key) {
        return of(year).get(key);
    }

    /** Last year's text: which year, and its sanitized markup. */
    record StartingPoint(int year, String html) {
    }

    /** No starting points (a service that does not open years). */
    StartingPoints NONE = year -> Map.of();

    static List<TextView> views(List<ReportText> texts, StartingPoints points, int year) {
        Map<String, StartingPoint> byKey = texts.isEmpty() ? Map.of() : points.of(year);
        return texts.stream().map(t -> TextView.of(t, byKey.get(t.key()))).toList();
    }
}
