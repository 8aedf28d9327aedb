package no.arsberetning.hr.demo;

import java.util.List;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.hr.inspections.Inspection;
import no.arsberetning.hr.inspections.InspectionStore;
import no.arsberetning.hr.inspections.PrintedInspections;
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
        List<Inspection> inspections = PrintedInspections.read(file.year(), printed, provenance);
        store.insert(inspections, provenance.by());
        log.info("Demo: {} tilsyn fra {} lastet for {} på {} ms", inspections.size(), file.path(), file.year(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
