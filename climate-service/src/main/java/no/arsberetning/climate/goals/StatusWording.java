package no.arsberetning.climate.goals;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.climate.printed.Markup;

/**
 * Reads the status a reporter wrote in words: a colour («gul», «grønt») or a plain statement («Målet ble
 * oppfylt med god margin», «ikke nådd»). No wording, or wording that states no status, is not assessed.
 */
public final class StatusWording {

    private static final Pattern RED = Pattern.compile("(?U)\\b(rød|rødt|ikke nådd|ikke oppfylt|ikke innfridd)\\b");
    private static final Pattern YELLOW = Pattern.compile("(?U)\\b(gul|gult|delvis nådd|delvis oppfylt)\\b");
    private static final Pattern GREEN = Pattern.compile("(?U)\\b(grønn|grønt|nådd|oppfylt|innfridd)\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?U)[^.!?•]+");
    private static final Pattern STATES_GOAL = Pattern.compile("(?U)\\bmål|\\bdelmål");
    private static final Pattern REACHED = Pattern.compile("(?U)\\b(nådd|nådde|oppnådd|oppfylt|innfridd)\\b");
    private static final Pattern NOT = Pattern.compile("(?U)\\b(ikke|lite sannsynlig|usannsynlig)\\b");
    private static final Pattern PARTLY = Pattern.compile("(?U)\\bdelvis\\b");

    private StatusWording() {
    }

    /**
     * The status the goal's own text states in other words, if a sentence of it says whether a goal was reached
     * («Formannskapets delmål … ble nådd», «lite sannsynlig at målet … er oppnådd»): the sentence and its status.
     */
    public static Optional<Stated> inText(String html) {
        String text = Markup.plain(html).toLowerCase(Locale.ROOT);
        Matcher sentences = SENTENCE.matcher(text);
        while (sentences.find()) {
            String sentence = sentences.group().strip();
            if (!STATES_GOAL.matcher(sentence).find() || !REACHED.matcher(sentence).find()) {
                continue;
            }
            ClimateStatus status = NOT.matcher(sentence).find() ? ClimateStatus.RED
                    : PARTLY.matcher(sentence).find() ? ClimateStatus.YELLOW : ClimateStatus.GREEN;
            return Optional.of(new Stated(status, sentence));
        }
        return Optional.empty();
    }

    /** A status the text states, and the sentence that states it. */
    public record Stated(ClimateStatus status, String sentence) {
    }

    public static ClimateStatus classify(String wording) {
        String text = Markup.plain(wording).toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            return ClimateStatus.NOT_ASSESSED;
        }
        if (RED.matcher(text).find()) {
            return ClimateStatus.RED;
        }
        if (YELLOW.matcher(text).find()) {
            return ClimateStatus.YELLOW;
        }
        if (GREEN.matcher(text).find()) {
            return ClimateStatus.GREEN;
        }
        return ClimateStatus.NOT_ASSESSED;
    }
}
