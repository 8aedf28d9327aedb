package no.arsberetning.climate.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.arsberetning.climate.goals.ActualSource;
import no.arsberetning.climate.goals.ClimateGoal;
import no.arsberetning.climate.goals.GoalScope;
import no.arsberetning.climate.goals.StatusWording;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.common.tables.Provenance;

import tools.jackson.databind.JsonNode;

/**
 * The goals of a demo-data file ({@code climateGoals}), as printed. Markup is sanitized; the reported
 * status is read from the printed wording; a goal on direct emissions measured against the trajectory's
 * reference year takes its actual value from the trajectory.
 */
public final class GoalDemoData {

    private GoalDemoData() {
    }

    public static List<ClimateGoal> from(JsonNode file, Provenance provenance) {
        int year = file.get("year").asInt();
        Integer trajectoryReference = integer(file.path("trajectory").get("referenceYear"));
        List<ClimateGoal> goals = new ArrayList<>();
        JsonNode items = file.path("climateGoals");
        for (int i = 0; i < items.size(); i++) {
            JsonNode g = items.get(i);
            String number = g.get("id").asString();
            String text = text(g, "text");
            Integer referenceYear = integer(g.get("referenceYear"));
            boolean onDirectEmissions = Markup.plain(text).toLowerCase(Locale.ROOT).contains("direkte klimagassutslipp")
                    && referenceYear != null && referenceYear.equals(trajectoryReference);
            String wording = text(g, "status");
            goals.add(new ClimateGoal(ClimateGoal.idOf(year, number), year, number, i, GoalScope.fromCode(text(g, "scope")),
                    Markup.html(text), Markup.html(text(g, "statusIndicator")), StatusWording.classify(wording),
                    wording == null ? null : Markup.html(wording), Markup.html(text(g, "comment")), referenceYear,
                    text(g, "referenceValue"), integer(g.get("targetYear")), text(g, "targetValue"),
                    onDirectEmissions ? ActualSource.TRAJECTORY : ActualSource.STATUS_INDICATOR, seedLines(g), provenance, null));
        }
        return goals;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode value) {
        if (value == null || value.isNull() || value.asString().isBlank()) {
            return null;
        }
        return Integer.valueOf(value.asString().trim());
    }

    private static List<Integer> seedLines(JsonNode g) {
        List<Integer> lines = new ArrayList<>();
        g.path("seedLines").forEach(l -> lines.add(l.asInt()));
        return List.copyOf(lines);
    }
}
