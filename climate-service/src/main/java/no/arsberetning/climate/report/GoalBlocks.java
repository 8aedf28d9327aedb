package no.arsberetning.climate.report;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.goals.GoalAssessment;
import no.arsberetning.climate.goals.GoalScope;
import no.arsberetning.climate.goals.GoalView;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.climate.printed.Phrases;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;

/**
 * The climate goals of one scope as report blocks: a heading, the goals (each with one indicator carrying
 * the printed status/indicator, the target, the latest actual, the reported status with its wording, and the
 * computed status), and the comments with the computed status explained.
 */
final class GoalBlocks {

    private GoalBlocks() {
    }

    static List<Block> of(GoalScope scope, List<GoalView> goals) {
        List<GoalView> ofScope = goals.stream().filter(g -> g.scope() == scope).toList();
        if (ofScope.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("<h3>" + scope.heading() + "</h3>"));
        blocks.add(new Block.Goals(ofScope.stream().map(GoalBlocks::goal).toList()));
        StringBuilder comments = new StringBuilder();
        for (GoalView g : ofScope) {
            comments.append("<h4>Mål ").append(g.number()).append("</h4>");
            if (g.computedStatus() != null) {
                comments.append("<p><i>Beregnet status: ").append(g.computedStatus().label()).append(". ")
                        .append(escape(g.computedExplanation())).append("</i></p>");
            }
            comments.append(g.comment() == null ? "" : g.comment());
        }
        blocks.add(new Block.Text(Markup.html(comments.toString())));
        return blocks;
    }

    static Goal goal(GoalView g) {
        String indicator = Markup.plain(g.statusIndicator());
        Goal.Indicator status = new Goal.Indicator(
                indicator.isBlank() || "-".equals(indicator) ? "Status/indikator: ikke oppgitt" : "Status/indikator: " + indicator,
                ambition(g), result(g), g.reportedStatus().goalStatus(),
                g.statusWording() == null ? null : Markup.plain(g.statusWording()),
                g.computedStatus() == null ? null : g.computedStatus().goalStatus());
        return new Goal("klima-" + g.number(), "Mål " + g.number() + ": " + Markup.plain(g.text()), List.of(), List.of(status));
    }

    private static String ambition(GoalView g) {
        if (g.targetValue() == null) {
            return g.targetYear() == null ? null : "Målår " + g.targetYear();
        }
        StringBuilder text = new StringBuilder();
        if (g.targetYear() != null) {
            text.append("I ").append(g.targetYear()).append(": ");
        }
        text.append(Markup.plain(g.targetValue()));
        if (g.referenceYear() != null) {
            text.append(" (referanseår ").append(g.referenceYear()).append(")");
        }
        return text.toString();
    }

    private static String result(GoalView g) {
        GoalAssessment.Actual actual = g.actual();
        if (actual != null) {
            String unit = "percent".equals(actual.value().unit()) ? "prosent" : actual.value().unit();
            return PrintedNumbers.format(actual.value().value()) + " " + unit
                    + (actual.year() == null ? "" : " per " + actual.year());
        }
        String indicator = Markup.plain(g.statusIndicator());
        boolean reference = g.referenceYear() != null && Phrases.yearStated(indicator).filter(g.referenceYear()::equals).isPresent();
        return indicator.isBlank() || "-".equals(indicator) || reference ? null : indicator;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
