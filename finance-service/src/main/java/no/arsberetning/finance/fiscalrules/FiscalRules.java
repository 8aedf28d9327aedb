package no.arsberetning.finance.fiscalrules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.figures.StatedFigures;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.fiscalrules.FiscalRuleResult.Stated;

import org.springframework.stereotype.Component;

/** The year's fiscal rules evaluated from the figures in the chapter's text. */
@Component
public class FiscalRules {

    private final FigureStore figures;
    private final TextStore texts;

    FiscalRules(FigureStore figures, TextStore texts) {
        this.figures = figures;
        this.texts = texts;
    }

    /** The rules for a year, or none when the year has no figures from the text. */
    public List<FiscalRuleResult> evaluate(int year) {
        StatedFigures stated = figures.find(year).orElse(null);
        if (stated == null) {
            return List.of();
        }
        Map<String, ReportText> byKey = texts.all(year).stream()
                .collect(Collectors.toMap(ReportText::key, Function.identity()));
        return FiscalRule.ALL.stream().map(rule -> evaluate(rule, year, stated, byKey)).toList();
    }

    /**
     * The figures that state the rules' targets: the city council sets them for the plan period, the same every year,
     * so a new year carries them as they stand (as a period goal its ambition).
     */
    public static java.util.Set<String> targetFigures() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (FiscalRule rule : FiscalRule.ALL) {
            ids.add(rule.targetFigure());
            if (rule.upperTargetFigure() != null) {
                ids.add(rule.upperTargetFigure());
            }
        }
        return ids;
    }

    static String explanationKey(FiscalRule rule) {
        return "fiscal-rule:" + rule.key();
    }

    /** Each rule's explanation text as key → title, in the order the chapter reports the rules. */
    public static Map<String, String> explanationTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        FiscalRule.ALL.forEach(rule -> titles.put(explanationKey(rule), "Forklaring – " + rule.name()));
        return titles;
    }

    private static FiscalRuleResult evaluate(FiscalRule rule, int year, StatedFigures stated, Map<String, ReportText> texts) {
        Stated target = stated(stated, rule.targetFigure());
        Stated upper = rule.upperTargetFigure() == null ? null : stated(stated, rule.upperTargetFigure());
        Stated actual = stated(stated, rule.actualFigure(year));
        boolean measurable = target.number() != null && actual.number() != null && (upper == null || upper.number() != null);
        Boolean met = measurable ? rule.comparison().met(actual.number(), target.number(), upper == null ? null : upper.number()) : null;
        GoalStatus status = met == null ? GoalStatus.NOT_MEASURABLE : met ? GoalStatus.REACHED : GoalStatus.NOT_REACHED;
        ReportText explanation = texts.get(explanationKey(rule));
        return new FiscalRuleResult(rule.key(), rule.name(), rule.comparison().label(), target, upper, actual, met, status,
                explanationKey(rule), explanation == null ? "" : explanation.html());
    }

    private static Stated stated(StatedFigures stated, String figureId) {
        StatedFigure figure = stated.find(figureId).orElse(null);
        if (figure == null) {
            return new Stated(figureId, null, null, null, null);
        }
        BigDecimal number = figure.number();
        return new Stated(figureId, figure.text(), figure.value(), number, figure.unit());
    }
}
