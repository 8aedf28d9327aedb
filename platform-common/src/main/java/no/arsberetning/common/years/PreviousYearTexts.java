package no.arsberetning.common.years;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.StartingPoints;
import no.arsberetning.common.texts.TextStore;

/** Last year's texts as the starting points of a year opened from it: the earlier year's text of the same key. */
class PreviousYearTexts implements StartingPoints {

    private final OpenedYears openings;
    private final TextStore texts;

    PreviousYearTexts(OpenedYears openings, TextStore texts) {
        this.openings = openings;
        this.texts = texts;
    }

    @Override
    public Map<String, StartingPoint> of(int year) {
        return openings.find(year).map(opened -> {
            Map<String, StartingPoint> points = new LinkedHashMap<>();
            for (ReportText earlier : texts.all(opened.from())) {
                if (earlier.html() != null && !earlier.html().isBlank()) {
                    points.put(earlier.key(), new StartingPoint(opened.from(), earlier.html()));
                }
            }
            return points;
        }).orElse(Map.of());
    }

    @Override
    public StartingPoint of(int year, String key) {
        return openings.find(year).map(opened -> {
            try {
                ReportText earlier = texts.get(opened.from(), key);
                return earlier.html() == null || earlier.html().isBlank() ? null
                        : new StartingPoint(opened.from(), earlier.html());
            } catch (NoSuchElementException none) {
                return null;
            }
        }).orElse(null);
    }
}
