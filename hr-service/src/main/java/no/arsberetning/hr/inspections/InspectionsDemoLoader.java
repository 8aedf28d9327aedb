package no.arsberetning.hr.inspections;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.hr.tables.ServiceAreas;
import tools.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Loads the inspections of the demo files on first start, after the tables; skips a year that has any. */
@Component
class InspectionsDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(InspectionsDemoLoader.class);

    private final InspectionStore store;

    InspectionsDemoLoader(InspectionStore store) {
        this.store = store;
    }

    @Override
    public void load(DemoFile file) {
        JsonNode printed = file.content().path("inspections");
        if (printed.isEmpty() || store.hasAny(file.year())) {
            return;
        }
        long started = System.nanoTime();
        Provenance provenance = file.provenance();
        List<Inspection> inspections = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode i : printed) {
            inspections.add(read(file.year(), inspections.size(), i, keys, provenance));
        }
        store.insert(inspections, provenance.by());
        log.info("Demo: {} tilsyn fra {} lastet for {} på {} ms", inspections.size(), file.path(), file.year(),
                (System.nanoTime() - started) / 1_000_000);
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
