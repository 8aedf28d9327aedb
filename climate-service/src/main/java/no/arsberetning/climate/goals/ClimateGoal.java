package no.arsberetning.climate.goals;

import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One climate goal of a year («Mål 2b»), one document: its text, whose goal it is, the status/indicator
 * and comment as printed (sanitized markup), the reported status (traffic light) with the reporter's own
 * wording, and reference and target as printed. The computed status is derived on reading
 * ({@link GoalAssessment}), never stored.
 *
 * @param number the printed goal number: "1", "2a", "2b", "3" …
 * @param statusIndicator the «Status/indikator» column as printed, e.g. «20 prosent kutt per 2022», or «-»
 * @param statusWording the reporter's own wording of the status as printed («gul», «Målet ble oppfylt …»), or null
 * @param referenceValue the reference value as printed, or null
 * @param targetValue the target as printed, e.g. «redusert med 30 prosent», or null
 * @param seedLines first and last line of the printed report the goal was transcribed from, or null
 */
@Document(ClimateGoal.COLLECTION)
@CompoundIndex(name = "year_order", def = "{'year': 1, 'order': 1}")
public record ClimateGoal(
        @Id String id,
        int year,
        String number,
        int order,
        GoalScope scope,
        String text,
        String statusIndicator,
        ClimateStatus reportedStatus,
        String statusWording,
        String comment,
        Integer referenceYear,
        String referenceValue,
        Integer targetYear,
        String targetValue,
        ActualSource actualSource,
        List<Integer> seedLines,
        Provenance provenance,
        @Version Long version) {

    public static final String COLLECTION = "climate_goals";

    public static String idOf(int year, String number) {
        return year + ":" + number;
    }
}
