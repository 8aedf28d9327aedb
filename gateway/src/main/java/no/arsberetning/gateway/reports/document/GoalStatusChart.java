package no.arsberetning.gateway.reports.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;

import no.arsberetning.gateway.reports.document.DocumentView.CellView;
import no.arsberetning.gateway.reports.document.DocumentView.Figure;
import no.arsberetning.gateway.reports.document.DocumentView.HeaderView;
import no.arsberetning.gateway.reports.document.DocumentView.RowView;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;

/**
 * Goal achievement per chapter (service area) as stacked bars: how many indicators the reporters gave each
 * status, counted from the chapters' goal blocks. Indicators without a reported status are counted as
 * "Ikke oppgitt".
 */
final class GoalStatusChart {

    private static final int WIDTH = 640;
    private static final int LABELS = 210;
    private static final int ROW = 26;

    /** One bar: a chapter's counts by reported status, and those without one. */
    record Bar(String chapter, Map<GoalStatus, Integer> counts, int notGiven) {

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() + notGiven;
        }
    }

    private GoalStatusChart() {
    }

    static List<Bar> bars(List<Chapter> chapters) {
        List<Bar> bars = new ArrayList<>();
        for (Chapter chapter : chapters == null ? List.<Chapter>of() : chapters) {
            Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
            int notGiven = 0;
            boolean any = false;
            for (Goal.Indicator indicator : indicators(chapter)) {
                any = true;
                if (indicator.reportedStatus() == null) {
                    notGiven++;
                } else {
                    counts.merge(indicator.reportedStatus(), 1, Integer::sum);
                }
            }
            if (any) {
                bars.add(new Bar(ReportViewBuilder.chapterHeading(chapter), counts, notGiven));
            }
        }
        return bars;
    }

    static Figure figure(List<Bar> bars, String id, String label) {
        if (bars.isEmpty()) {
            return null;
        }
        String title = "Måloppnåelse per kapittel: antall indikatorer etter rapportert status";
        return new Figure(id, label, title, svg(bars, id + "-tittel"), alternative(bars, id, label));
    }

    private static List<Goal.Indicator> indicators(Chapter chapter) {
        List<Goal.Indicator> indicators = new ArrayList<>();
        for (Section section : chapter.sections() == null ? List.<Section>of() : chapter.sections()) {
            for (Block block : section.blocks() == null ? List.<Block>of() : section.blocks()) {
                if (block instanceof Block.Goals) {
                    for (Goal goal : nonNull(((Block.Goals) block).goals())) {
                        if (goal != null) {
                            indicators.addAll(nonNull(goal.indicators()));
                        }
                    }
                }
            }
        }
        return indicators;
    }

    private static List<GoalStatus> present(List<Bar> bars) {
        List<GoalStatus> present = new ArrayList<>();
        for (GoalStatus status : GoalStatus.values()) {
            if (bars.stream().anyMatch(b -> b.counts().containsKey(status))) {
                present.add(status);
            }
        }
        return present;
    }

    private static String svg(List<Bar> bars, String captionId) {
        List<GoalStatus> statuses = present(bars);
        boolean notGiven = bars.stream().anyMatch(b -> b.notGiven() > 0);
        int legendItems = statuses.size() + (notGiven ? 1 : 0);
        int top = 12 + ((legendItems + 2) / 3) * 20 + 8;
        int height = top + bars.size() * ROW + 12;
        double left = LABELS + 10;
        double width = WIDTH - left - 40;
        int max = bars.stream().mapToInt(Bar::total).max().orElse(1);
        Svg svg = new Svg(WIDTH, height, captionId);
        for (int i = 0; i < legendItems; i++) {
            double x = 10 + (i % 3) * 210;
            double y = 12 + (i / 3) * 20;
            boolean isNotGiven = i >= statuses.size();
            svg.rect(x, y, 12, 12, isNotGiven ? ChartPalette.NOT_GIVEN : ChartPalette.status(statuses.get(i)),
                            isNotGiven ? ChartPalette.AXIS : null)
                    .text(x + 18, y + 10, "start", ChartPalette.TEXT, isNotGiven ? GoalViews.NOT_GIVEN : statuses.get(i).label());
        }
        for (int r = 0; r < bars.size(); r++) {
            Bar bar = bars.get(r);
            double y = top + r * ROW;
            double x = left;
            svg.text(LABELS, y + 16, "end", ChartPalette.TEXT, Svg.shorten(bar.chapter(), 32));
            for (GoalStatus status : statuses) {
                x = segment(svg, x, y, bar.counts().getOrDefault(status, 0) * width / max, bar.counts().getOrDefault(status, 0),
                        ChartPalette.status(status), null, "#ffffff");
            }
            x = segment(svg, x, y, bar.notGiven() * width / max, bar.notGiven(), ChartPalette.NOT_GIVEN, ChartPalette.AXIS, ChartPalette.TEXT);
            svg.text(x + 6, y + 16, "start", ChartPalette.TEXT, NorwegianFormat.count(bar.total()));
        }
        return svg.end();
    }

    private static double segment(Svg svg, double x, double y, double width, int count, String fill, String stroke, String textColour) {
        if (count == 0) {
            return x;
        }
        svg.rect(x, y + 3, width, 18, fill, stroke == null ? "#ffffff" : stroke);
        if (width >= 18) {
            svg.text(x + width / 2, y + 16, "middle", textColour, NorwegianFormat.count(count));
        }
        return x + width;
    }

    private static TableView alternative(List<Bar> bars, String figureId, String label) {
        List<GoalStatus> statuses = present(bars);
        boolean notGiven = bars.stream().anyMatch(b -> b.notGiven() > 0);
        List<HeaderView> columns = new ArrayList<>();
        statuses.forEach(s -> columns.add(new HeaderView(Svg.escape(s.label()), true)));
        if (notGiven) {
            columns.add(new HeaderView(GoalViews.NOT_GIVEN, true));
        }
        columns.add(new HeaderView("Sum", true));
        List<RowView> rows = new ArrayList<>();
        for (Bar bar : bars) {
            List<CellView> cells = new ArrayList<>();
            statuses.forEach(s -> cells.add(count(bar.counts().getOrDefault(s, 0))));
            if (notGiven) {
                cells.add(count(bar.notGiven()));
            }
            cells.add(count(bar.total()));
            rows.add(new RowView(Svg.escape(bar.chapter()), "line", cells));
        }
        return new TableView(figureId + "-tabell", "Tabellalternativ til " + label.toLowerCase(Locale.ROOT),
                "Antall indikatorer etter rapportert status per kapittel", List.of(), "Kapittel", columns, rows);
    }

    private static CellView count(int n) {
        return TableViews.number(BigDecimal.valueOf(n), "count");
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
