package no.arsberetning.finance.figures;

import no.arsberetning.common.StartupOrder;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.demo.DemoFiles;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Loads the figures of the demo chapter's text on first start, exactly as printed (idempotent). */
@Component
class FiguresLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FiguresLoader.class);

    private final DemoFiles demo;
    private final FigureStore figures;

    FiguresLoader(DemoFiles demo, FigureStore figures) {
        this.demo = demo;
        this.figures = figures;
    }

    @Override
    public int getOrder() {
        return StartupOrder.DOMAIN;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoFile file : demo.read()) {
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
}
