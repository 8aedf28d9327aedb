package no.arsberetning.servicesgoals.goals;

import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
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
@CompoundIndex(name = "year_order", def = "{'year': 1, 'order': 1}")
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
        @Version Long version) {

    public static final String COLLECTION = "period_goals";

    public static String idOf(int year, String key) {
        return year + ":" + key;
    }

    PeriodGoal withAssessment(String newAssessment) {
        return new PeriodGoal(id, year, key, chapter, order, areas, text, newAssessment, seedLines, indicators, provenance,
                version);
    }

    PeriodGoal withIndicator(IndicatorEntry indicator) {
        List<IndicatorEntry> changed = indicators.stream().map(i -> i.index() == indicator.index() ? indicator : i).toList();
        return new PeriodGoal(id, year, key, chapter, order, areas, text, assessment, seedLines, changed, provenance, version);
    }
}
