package no.arsberetning.common.figures;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the figures of every demo file ({@code figures}, docs/demo-data-format.md) exactly as printed; idempotent. */
class FiguresDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(FiguresDemoLoader.class);

    private final FigureStore figures;
    private final String section;

    FiguresDemoLoader(FigureStore figures, String section) {
        this.figures = figures;
        this.section = section;
    }

    @Override
    public void load(DemoFile file) {
        long started = System.nanoTime();
        List<StatedFigure> read = new ArrayList<>();
        for (JsonNode f : file.content().path("figures")) {
            read.add(new StatedFigure(f.path("id").asString(), f.path("text").asString(), f.path("value").asString(""),
                    f.hasNonNull("unit") ? f.get("unit").asString() : null,
                    f.hasNonNull("seedLine") ? f.get("seedLine").asInt() : null,
                    f.hasNonNull("shared") ? f.get("shared").asString() : null));
        }
        int added = read.isEmpty() ? 0 : figures.addAbsent(file.year(), section, read, file.provenance());
        if (added > 0) {
            log.info("Demo: {} tall fra teksten i {} lastet for {} på {} ms", added, file.path(), file.year(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
