package no.arsberetning.hr.figures;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import tools.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the figures of the demo files on start, after the shared core has loaded the tables (the
 * application is ready only after every runner); skips a year that has them.
 */
@Component
class FiguresDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(FiguresDemoLoader.class);

    private final FigureStore store;

    FiguresDemoLoader(FigureStore store) {
        this.store = store;
    }

    @Override
    public void load(DemoFile file) {
        long started = System.nanoTime();
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : file.content().path("figures")) {
            String value = f.path("value").asString("");
            figures.add(new Figure(f.path("id").asString(), f.path("text").asString(), value,
                    f.path("unit").isNull() ? null : f.path("unit").asString(null), NumberWords.parse(value),
                    f.path("seedLine").isMissingNode() ? null : f.path("seedLine").asInt()));
        }
        if (!figures.isEmpty() && store.createIfAbsent(new ChapterFigures(file.year(), List.copyOf(figures),
                file.provenance()))) {
            log.info("Demo: {} tall fra {} lastet for {} på {} ms", figures.size(), file.path(), file.year(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
