package no.arsberetning.climate.demo;

import no.arsberetning.climate.goals.GoalStore;
import no.arsberetning.climate.investments.InvestmentStore;
import no.arsberetning.climate.organisation.TextIndicators;
import no.arsberetning.climate.texts.ChapterTexts;
import no.arsberetning.climate.trajectory.TrajectoryStore;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.tables.Provenance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Loads what chapter 3 has besides its tables and the figures stated in its text (the shared core loads
 * those) — goals, the trajectory, the text indicators, the climate investments and the running text — from
 * the same demo-data files, after the shared tables loader. Every document is created only if absent, so a
 * second start, or a start after a crash half way, changes nothing that is there and completes what is missing.
 */
@Component
class ClimateDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(ClimateDemoLoader.class);

    private final GoalStore goals;
    private final TrajectoryStore trajectories;
    private final TextIndicators textIndicators;
    private final InvestmentStore investments;
    private final ChapterTexts texts;

    ClimateDemoLoader(GoalStore goals, TrajectoryStore trajectories, TextIndicators textIndicators,
            InvestmentStore investments, ChapterTexts texts) {
        this.goals = goals;
        this.trajectories = trajectories;
        this.textIndicators = textIndicators;
        this.investments = investments;
        this.texts = texts;
    }

    @Override
    public void load(DemoFile file) {
        JsonNode chapter = file.content();
        if (!chapter.has("climateGoals")) {
            return;
        }
        long started = System.nanoTime();
        int year = file.year();
        Provenance provenance = file.provenance();
        int goalsCreated = goals.createAllIfAbsent(GoalDemoData.from(chapter, provenance));
        int others = (trajectories.createIfAbsent(TrajectoryDemoData.from(chapter, provenance)) ? 1 : 0)
                + (textIndicators.createIfAbsent(IndicatorDemoData.from(chapter, provenance)) ? 1 : 0)
                + (chapter.has("climateInvestments") && investments.createIfAbsent(InvestmentDemoData.from(chapter, provenance)) ? 1 : 0)
                + texts.loadDemo(chapter, provenance);
        if (goalsCreated + others > 0) {
            log.info("Demo: {} klimamål og {} andre dokumenter (utslippsbane, indikatorer, "
                            + "klimainvesteringer, tekster) fra {} lastet for {} på {} ms", goalsCreated, others,
                    file.path(), year, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
