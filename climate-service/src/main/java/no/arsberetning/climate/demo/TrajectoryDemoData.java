package no.arsberetning.climate.demo;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.printed.Phrases;
import no.arsberetning.climate.trajectory.Trajectory;
import no.arsberetning.common.tables.Provenance;

import tools.jackson.databind.JsonNode;

/**
 * The trajectory of a demo-data file: every printed statement of a cut or target is kept with its sentence;
 * the cut is the number with a unit in that sentence, exactly as printed («om lag 20 prosent» → «20 prosent»).
 */
public final class TrajectoryDemoData {

    private TrajectoryDemoData() {
    }

    public static Trajectory from(JsonNode file, Provenance provenance) {
        int year = file.get("year").asInt();
        JsonNode t = file.path("trajectory");
        return new Trajectory(Trajectory.idOf(year), year, integer(t.get("referenceYear")), statements(t.path("points")),
                statements(t.path("targets")), provenance, null);
    }

    private static List<Trajectory.Statement> statements(JsonNode items) {
        List<Trajectory.Statement> statements = new ArrayList<>();
        for (JsonNode s : items) {
            String text = s.path("reductionText").asString("");
            String cut = Phrases.firstMeasure(text).map(Measure::text).orElse("");
            statements.add(new Trajectory.Statement(integer(s.get("year")), cut, text, integer(s.get("seedLine"))));
        }
        return List.copyOf(statements);
    }

    private static Integer integer(JsonNode value) {
        if (value == null || value.isNull() || value.asString().isBlank()) {
            return null;
        }
        return Integer.valueOf(value.asString().trim());
    }
}
