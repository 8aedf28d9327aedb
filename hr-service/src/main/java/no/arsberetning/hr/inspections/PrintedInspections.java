package no.arsberetning.hr.inspections;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.tables.Provenance;
import no.arsberetning.hr.tables.ServiceAreas;
import tools.jackson.databind.JsonNode;

/** The inspections as a demo file prints them ({@code inspections}: unit, authority, topic, orders, findings, follow-up). */
public final class PrintedInspections {

    private PrintedInspections() {
    }

    /** The year's inspections in printed order, each keyed by its unit (unique within the year). */
    public static List<Inspection> read(int year, JsonNode printed, Provenance provenance) {
        List<Inspection> inspections = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode i : printed) {
            inspections.add(read(year, inspections.size(), i, keys, provenance));
        }
        return inspections;
    }

    private static Inspection read(int year, int order, JsonNode i, List<String> keys, Provenance provenance) {
        String unit = text(i, "unit");
        String key = Keys.unique(Keys.slug(unit), keys);
        keys.add(key);
        String orders = text(i, "orders");
        String findings = text(i, "findings");
        String followUp = text(i, "followUp");
        Integer ordersCount = InspectionReading.ordersCount(orders);
        Outcome outcome = InspectionReading.outcome(ordersCount, findings);
        List<Integer> seedLines = new ArrayList<>();
        i.path("seedLines").forEach(n -> seedLines.add(n.asInt()));
        return new Inspection(Inspection.idOf(year, key), year, key, order, text(i, "authority"), unit, text(i, "topic"),
                orders, ordersCount, findings, followUp, outcome, InspectionReading.followUpStatus(outcome, followUp),
                InspectionReading.deadline(followUp), ServiceAreas.ofUnit(unit), List.copyOf(seedLines), provenance, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
