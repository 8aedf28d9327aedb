package no.arsberetning.finance.figures;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Loads the figures of the demo chapter's text on first start, exactly as printed (idempotent). */
@Component
class FiguresLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(FiguresLoader.class);

    private final FigureStore figures;

    FiguresLoader(FigureStore figures) {
        this.figures = figures;
    }

    @Override
    public void load(DemoFile file) {
        long started = System.nanoTime();
        List<TextFigure> read = new ArrayList<>();
        for (JsonNode f : file.content().path("figures")) {
            read.add(new TextFigure(f.path("id").asString(), f.path("text").asString(), f.path("value").asString(),
                    f.path("unit").asString(), f.hasNonNull("seedLine") ? f.get("seedLine").asInt() : null));
        }
        if (!read.isEmpty() && figures.createIfAbsent(file.year(), read, file.provenance())) {
            log.info("Demo: {} tall fra teksten i {} lastet for {} på {} ms", read.size(), file.path(), file.year(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
