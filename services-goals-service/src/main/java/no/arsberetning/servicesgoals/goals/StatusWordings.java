package no.arsberetning.servicesgoals.goals;

import java.util.Locale;
import java.util.Optional;

import no.arsberetning.common.report.GoalStatus;

/**
 * The reported status from the reporter's own wording: «Målet er nådd», «Målet er i stor grad nådd»,
 * «Målet er delvis nådd», «Målet er ikke nådd» (also «Målet om å … er ikke nådd»), «ikke målbart»; no
 * wording means not assessed. Also accepts the status codes ({@code partly-reached}) and labels.
 */
public final class StatusWordings {

    private StatusWordings() {
    }

    /** The status a wording states; empty when it states none that is known. Null or blank: not assessed. */
    public static Optional<GoalStatus> fromWording(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.of(GoalStatus.NOT_ASSESSED);
        }
        String text = wording.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        for (GoalStatus status : GoalStatus.values()) {
            if (text.equals(code(status)) || text.equals(status.label().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        if (text.contains("ikke målbar") || text.contains("kan ikke måles") || text.contains("ikke mulig å måle")) {
            return Optional.of(GoalStatus.NOT_MEASURABLE);
        }
        if (text.contains("ikke vurdert")) {
            return Optional.of(GoalStatus.NOT_ASSESSED);
        }
        if (text.contains("i stor grad nådd") || text.contains("langt på vei nådd")) {
            return Optional.of(GoalStatus.LARGELY_REACHED);
        }
        if (text.contains("delvis nådd")) {
            return Optional.of(GoalStatus.PARTLY_REACHED);
        }
        if (text.contains("ikke nådd") || text.contains("ikke oppnådd")) {
            return Optional.of(GoalStatus.NOT_REACHED);
        }
        if (text.contains("nådd") || text.contains("oppnådd")) {
            return Optional.of(GoalStatus.REACHED);
        }
        return Optional.empty();
    }

    /** The first sentence of a text that states a goal's status in words («Målet er delvis nådd.»), if any. */
    public static Optional<String> sentenceIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String plain = sentence.replaceAll("^[:\\s]+", "").strip();
            String lower = plain.toLowerCase(Locale.ROOT);
            if (lower.contains("mål") && (lower.contains("nådd") || lower.contains("ikke målbar"))
                    && fromWording(plain).filter(s -> s != GoalStatus.NOT_ASSESSED).isPresent()) {
                return Optional.of(plain.replaceAll("[.!?]$", ""));
            }
        }
        return Optional.empty();
    }

    /** The status's code as JSON writes it ({@code partly-reached}). */
    static String code(GoalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
