package no.arsberetning.hr.inspections;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Stable keys from printed names: «NAV Lerkendal» → «nav-lerkendal», the second one «nav-lerkendal-2». */
final class Keys {

    private Keys() {
    }

    static String slug(String name) {
        String text = (name == null ? "" : name).replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("å", "a").replace("Å", "a");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "tilsyn" : slug;
    }

    static String unique(String base, Collection<String> used) {
        String key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
