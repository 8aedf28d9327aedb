package no.arsberetning.climate.trajectory;

import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The city's emission trajectory as the chapter states it, one document per year: the reference year, the
 * reported cuts and the targets. Each is kept as stated — the chapter states the same cut or target in
 * several places, and whether those agree is one of the checks. Gap, pace and path are computed on reading
 * ({@link TrajectoryAnalysis}).
 *
 * <p>Sign convention: a cut is a positive percentage of the reference year's direct emissions
 * («kuttet 20 prosent» = 20; emissions are then 80 % of the reference year's).
 */
@Document(Trajectory.COLLECTION)
public record Trajectory(
        @Id String id,
        int year,
        Integer referenceYear,
        List<Statement> points,
        List<Statement> targets,
        Provenance provenance,
        @Version Long version) {

    public static final String COLLECTION = "climate_trajectories";

    public static String idOf(int year) {
        return String.valueOf(year);
    }

    /**
     * One statement of a cut or a target.
     *
     * @param year the year it is stated for, or null when the text names none («har falt 20 prosent siden 2009»)
     * @param reduction the cut as printed, e.g. «20 prosent»
     * @param text the sentence it is printed in, or null
     * @param seedLine the line of the printed report, or null
     */
    public record Statement(Integer year, String reduction, String text, Integer seedLine) {
    }
}
