package no.arsberetning.climate.goals;

import java.util.Locale;
import java.util.regex.Pattern;

import no.arsberetning.climate.printed.Markup;

/**
 * Reads the status a reporter wrote in words: a colour («gul», «grønt») or a plain statement («Målet ble
 * oppfylt med god margin», «ikke nådd»). No wording, or wording that states no status, is not assessed.
 */
final class StatusWording {

    private static final Pattern RED = Pattern.compile("(?U)\\b(rød|rødt|ikke nådd|ikke oppfylt|ikke innfridd)\\b");
    private static final Pattern YELLOW = Pattern.compile("(?U)\\b(gul|gult|delvis nådd|delvis oppfylt)\\b");
    private static final Pattern GREEN = Pattern.compile("(?U)\\b(grønn|grønt|nådd|oppfylt|innfridd)\\b");

    private StatusWording() {
    }

    static ClimateStatus classify(String wording) {
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
