package no.arsberetning.servicesgoals.areas;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Area names compared as a person means them: markup, case, spacing, punctuation and Norwegian letters
 * ignored, so «Barne-og fam.tjenester», «barne- og fam. tjenester» and the code match alike.
 */
final class AreaNames {

    private AreaNames() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = name.replaceAll("<[^>]*>", " ")
                .replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("å", "a").replace("Å", "a");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
