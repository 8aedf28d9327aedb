package no.arsberetning.hr.inspections;

import java.time.LocalDate;
import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A supervisory inspection (statlig tilsyn, kommuneloven § 25-2) reported for a year: one document each.
 * The texts are as printed; {@code ordersCount}, {@code outcome}, {@code followUpStatus}, {@code deadline}
 * and {@code areas} are read from them on import ({@link InspectionReading}) and are what a controller
 * corrects when the reading is wrong.
 *
 * @param key stable key within the year, from the unit's name («nav-lerkendal-2» for the second)
 * @param orders the orders as printed («sju pålegg»), or null when the print states none
 * @param ordersCount the number of orders, or null when unknown
 * @param deadline the follow-up deadline where one is stated
 * @param areas canonical codes of the service areas the unit belongs to
 */
@Document(Inspection.COLLECTION)
@CompoundIndex(name = "year_order", def = "{'year': 1, 'order': 1}")
public record Inspection(
        @Id String id,
        int year,
        String key,
        int order,
        String authority,
        String unit,
        String topic,
        String orders,
        Integer ordersCount,
        String findings,
        String followUp,
        Outcome outcome,
        FollowUpStatus followUpStatus,
        LocalDate deadline,
        List<String> areas,
        List<Integer> seedLines,
        Provenance provenance,
        @Version Long version) {

    public static final String COLLECTION = "inspections";

    public static String idOf(int year, String key) {
        return year + ":" + key;
    }

    Inspection edited(InspectionRequest edit, Provenance by) {
        return new Inspection(id, year, key, order, edit.authority(), edit.unit(), edit.topic(), edit.orders(),
                edit.ordersCount(), edit.findings(), edit.followUp(), edit.outcome(), edit.followUpStatus(), edit.deadline(),
                edit.areas() == null ? List.of() : List.copyOf(edit.areas()), seedLines, by, version);
    }
}
