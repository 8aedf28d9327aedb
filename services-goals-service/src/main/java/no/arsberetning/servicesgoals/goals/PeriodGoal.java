package no.arsberetning.servicesgoals.goals;

import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A period goal of one or more service areas with its indicators: one document, so an indicator edit is
 * one atomic write and {@code version} is the goal's optimistic lock (ETag).
 *
 * @param key stable key within the year: chapter and position in it ("5.3")
 * @param areas canonical codes of the areas whose reporters report on it
 * @param assessment the printed assessment of the goal as a whole, if any
 */
@Document(PeriodGoal.COLLECTION)
public record PeriodGoal(
        @Id String id,
        int year,
        String key,
        String chapter,
        int order,
        List<String> areas,
        String text,
        String assessment,
        List<Integer> seedLines,
        List<IndicatorEntry> indicators,
        Provenance provenance,
        long version) {

    public static final String COLLECTION = "period_goals";

    public static String idOf(int year, String key) {
        return year + ":" + key;
    }

    PeriodGoal withAssessment(String newAssessment, long newVersion) {
        return new PeriodGoal(id, year, key, chapter, order, areas, text, newAssessment, seedLines, indicators, provenance,
                newVersion);
    }

    PeriodGoal withIndicator(IndicatorEntry indicator, long newVersion) {
        List<IndicatorEntry> changed = indicators.stream().map(i -> i.index() == indicator.index() ? indicator : i).toList();
        return new PeriodGoal(id, year, key, chapter, order, areas, text, assessment, seedLines, changed, provenance, newVersion);
    }
}
