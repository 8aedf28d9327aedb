package no.arsberetning.climate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.climate.goals.ClimateGoals;
import no.arsberetning.climate.goals.GoalScope;
import no.arsberetning.climate.goals.GoalView;
import no.arsberetning.climate.indicators.EmissionIndicators;
import no.arsberetning.climate.organisation.TextIndicator;
import no.arsberetning.climate.organisation.TextIndicators;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.climate.texts.ChapterTexts;
import no.arsberetning.climate.trajectory.EmissionTrajectory;
import no.arsberetning.climate.trajectory.TrajectoryTable;
import no.arsberetning.climate.trajectory.TrajectoryView;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Chart;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.tables.ReportTables;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;

import org.springframework.stereotype.Component;

/**
 * Chapter 3 «Klimabudsjett» in the printed order: introduction, status for the climate goals (city, then the
 * organisation; reported and computed status side by side), the emission indicators, the indicators stated
 * in the text, the emission trajectory (summary and the chart's table alternative) and «Videre arbeid».
 */
@Component
class ClimateChapterReport implements ChapterReport {

    static final String SOURCE = "climate-service";

    private final ClimateGoals goals;
    private final TableStore tables;
    private final EmissionIndicators indicators;
    private final TextIndicators textIndicators;
    private final EmissionTrajectory trajectory;
    private final ChapterTexts texts;

    ClimateChapterReport(ClimateGoals goals, TableStore tables, EmissionIndicators indicators, TextIndicators textIndicators,
            EmissionTrajectory trajectory, ChapterTexts texts) {
        this.goals = goals;
        this.tables = tables;
        this.indicators = indicators;
        this.textIndicators = textIndicators;
        this.trajectory = trajectory;
        this.texts = texts;
    }

    @Override
    public ReportDocument report(int year) {
        List<Section> sections = new ArrayList<>();
        texts.find(year, ChapterTexts.INTRODUCTION)
                .ifPresent(t -> sections.add(new Section("innledning", "Innledning", List.of(new Block.Text(t.html())))));
        goalSection(year).ifPresent(sections::add);
        indicators.table(year).ifPresent(t -> sections.add(new Section("indikatorer-for-klimagassutslipp",
                Markup.plain(t.caption()), List.of(new Block.TableBlock(ReportTables.of(t))))));
        List<TextIndicator> stated = textIndicators.all(year);
        if (!stated.isEmpty()) {
            sections.add(new Section("indikatorer-fra-teksten", "Indikatorer for egen virksomhet og byen",
                    List.of(new Block.TableBlock(TextIndicatorTable.of(stated)))));
        }
        Optional<TrajectoryView> path = trajectory.view(year);
        path.ifPresent(v -> sections.add(trajectorySection(v)));
        texts.find(year, ChapterTexts.FURTHER_WORK).ifPresent(t -> sections.add(new Section("videre-arbeid", t.title(),
                List.of(new Block.Text(t.html())))));
        // The trajectory's table is drawn as a chart beside it: the chapter says so, readers need not guess.
        List<Chart> charts = path.isPresent() ? List.of(Chart.TRAJECTORY) : List.of();
        return new ReportDocument(SOURCE, year, List.of(new Chapter("3", "Klimabudsjett", List.copyOf(sections), charts)));
    }

    private Optional<Section> goalSection(int year) {
        List<GoalView> all = goals.views(year);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(GoalBlocks.of(GoalScope.CITY, all));
        blocks.addAll(GoalBlocks.of(GoalScope.ORGANISATION, all));
        String notes = footnotes(year);
        if (!notes.isEmpty()) {
            blocks.add(new Block.Text(notes));
        }
        return Optional.of(new Section("status-for-klimamalene", "Status for klimamålene", List.copyOf(blocks)));
    }

    /** The footnotes printed inside the goal tables («⁵ Foreløpige tall for 2023»). */
    private String footnotes(int year) {
        StringBuilder notes = new StringBuilder();
        for (ReportedTable table : tables.all(year)) {
            if (ClimateSections.GOALS.equals(table.section())) {
                for (TableRow row : table.rows()) {
                    if ("note".equals(row.kind())) {
                        notes.append("<p>").append(Markup.footnote(row.label())).append("</p>");
                    }
                }
            }
        }
        return notes.toString();
    }

    private static Section trajectorySection(TrajectoryView v) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text(Markup.html(TrajectorySummary.of(v))));
        blocks.add(new Block.TableBlock(TrajectoryTable.of(v)));
        String title = v.outlook() != null ? "Utslippsbane mot " + v.outlook().targetYear() : "Utslippsbane";
        return new Section("utslippsbane", title, List.copyOf(blocks));
    }
}
