package no.arsberetning.climate.demo;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.figures.ChapterFigure;
import no.arsberetning.climate.figures.FigureStore;
import no.arsberetning.climate.goals.GoalDemoData;
import no.arsberetning.climate.goals.GoalStore;
import no.arsberetning.climate.investments.InvestmentDemoData;
import no.arsberetning.climate.investments.InvestmentStore;
import no.arsberetning.climate.organisation.IndicatorDemoData;
import no.arsberetning.climate.organisation.TextIndicators;
import no.arsberetning.climate.texts.ChapterTexts;
import no.arsberetning.climate.trajectory.TrajectoryDemoData;
import no.arsberetning.climate.trajectory.TrajectoryStore;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.tables.Provenance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Loads what chapter 3 has besides its tables — goals, the figures stated in the text, the trajectory, the
 * text indicators, the climate investments and the running text — from the same demo-data files, after
 * the shared tables loader. Every document is created only if absent, so a second start, or a start after
 * a crash half way, changes nothing that is there and completes what is missing.
 */
@Component
class ClimateDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(ClimateDemoLoader.class);

    private final GoalStore goals;
    private final FigureStore figures;
    private final TrajectoryStore trajectories;
    private final TextIndicators textIndicators;
    private final InvestmentStore investments;
    private final ChapterTexts texts;

    ClimateDemoLoader(GoalStore goals, FigureStore figures, TrajectoryStore trajectories, TextIndicators textIndicators,
            InvestmentStore investments, ChapterTexts texts) {
        this.goals = goals;
        this.figures = figures;
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
        List<ChapterFigure> stated = new ArrayList<>();
        JsonNode items = chapter.path("figures");
        for (int i = 0; i < items.size(); i++) {
            JsonNode f = items.get(i);
            String key = f.path("id").asString();
            stated.add(new ChapterFigure(ChapterFigure.idOf(year, key), year, i, key, f.path("text").asString(),
                    f.path("value").asString(""), f.path("unit").asString(null),
                    f.hasNonNull("seedLine") ? f.get("seedLine").asInt() : null, provenance, 0));
        }
        int figuresCreated = figures.createAllIfAbsent(stated);
        int others = (trajectories.createIfAbsent(TrajectoryDemoData.from(chapter, provenance)) ? 1 : 0)
                + (textIndicators.createIfAbsent(IndicatorDemoData.from(chapter, provenance)) ? 1 : 0)
                + (chapter.has("climateInvestments") && investments.createIfAbsent(InvestmentDemoData.from(chapter, provenance)) ? 1 : 0)
                + texts.loadDemo(chapter, provenance);
        if (goalsCreated + figuresCreated + others > 0) {
            log.info("Demo: {} klimamål, {} tall fra teksten og {} andre dokumenter (utslippsbane, indikatorer, "
                            + "klimainvesteringer, tekster) fra {} lastet for {} på {} ms", goalsCreated, figuresCreated, others,
                    file.path(), year, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
