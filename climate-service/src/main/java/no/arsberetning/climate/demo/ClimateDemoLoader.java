package no.arsberetning.climate.demo;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import no.arsberetning.climate.goals.GoalDemoData;
import no.arsberetning.climate.goals.GoalStore;
import no.arsberetning.climate.investments.InvestmentDemoData;
import no.arsberetning.climate.investments.InvestmentStore;
import no.arsberetning.climate.organisation.IndicatorDemoData;
import no.arsberetning.climate.organisation.TextIndicators;
import no.arsberetning.climate.texts.ChapterTexts;
import no.arsberetning.climate.trajectory.TrajectoryDemoData;
import no.arsberetning.climate.trajectory.TrajectoryStore;
import no.arsberetning.common.PlatformProperties;
import no.arsberetning.common.tables.Provenance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads what chapter 3 has besides its tables and the figures stated in its text (the shared core loads
 * those) — goals, the trajectory, the text indicators, the climate investments and the running text — from
 * the same demo-data files as the tables, once the application (and with it the shared loaders) has started. Every document is
 * created only if absent, so a second start, or a start after a crash half way, changes nothing that is
 * there and completes what is missing (the embedded server has no multi-document transactions).
 */
@Component
class ClimateDemoLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ClimateDemoLoader.class);

    private final PlatformProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final GoalStore goals;
    private final TrajectoryStore trajectories;
    private final TextIndicators textIndicators;
    private final InvestmentStore investments;
    private final ChapterTexts texts;

    ClimateDemoLoader(PlatformProperties properties, ObjectMapper json, Clock clock, GoalStore goals,
            TrajectoryStore trajectories, TextIndicators textIndicators, InvestmentStore investments, ChapterTexts texts) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.goals = goals;
        this.trajectories = trajectories;
        this.textIndicators = textIndicators;
        this.investments = investments;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load();
    }

    @Override
    public int getOrder() {
        return StartupOrder.DOMAIN;
    }

    void load() throws IOException {
        if (!properties.demo().load()) {
            return;
        }
        for (String file : properties.demo().files()) {
            ClassPathResource resource = new ClassPathResource(file);
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            JsonNode chapter = json.readTree(content);
            if (chapter.has("climateGoals")) {
                load(file, chapter, new Provenance("demo-seed", resource.getFilename(), Sha256.of(content), "demo-loader",
                        clock.instant()));
            }
        }
    }

    private void load(String file, JsonNode chapter, Provenance provenance) {
        long started = System.nanoTime();
        int year = chapter.get("year").asInt();
        int goalsCreated = goals.createAllIfAbsent(GoalDemoData.from(chapter, provenance));
        int others = (trajectories.createIfAbsent(TrajectoryDemoData.from(chapter, provenance)) ? 1 : 0)
                + (textIndicators.createIfAbsent(IndicatorDemoData.from(chapter, provenance)) ? 1 : 0)
                + (chapter.has("climateInvestments") && investments.createIfAbsent(InvestmentDemoData.from(chapter, provenance)) ? 1 : 0)
                + texts.loadDemo(chapter, provenance);
        if (goalsCreated + others > 0) {
            log.info("Demo: {} klimamål og {} andre dokumenter (utslippsbane, indikatorer, "
                            + "klimainvesteringer, tekster) fra {} lastet for {} på {} ms", goalsCreated, others,
                    file, year, (System.nanoTime() - started) / 1_000_000);
        }
    }

}
