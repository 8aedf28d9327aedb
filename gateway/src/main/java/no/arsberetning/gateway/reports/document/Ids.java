package no.arsberetning.gateway.reports.document;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Element ids for one document: readable ("kapittel-1", "tabell-1-2") and never used twice. */
final class Ids {

    private final Set<String> used = new HashSet<>();

    /** {@code base}, or {@code base-2}, {@code base-3}… if taken; a blank base becomes {@code "del"}. */
    String unique(String base) {
        String root = base == null || base.isBlank() ? "del" : base;
        String id = root;
        for (int n = 2; !used.add(id); n++) {
            id = root + "-" + n;
        }
        return id;
    }

    /** "Økonomi og 1.2" → "okonomi-og-1-2". */
    static String slug(String text) {
        String plain = (text == null ? "" : text)
                .replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("å", "a").replace("Å", "a");
        String ascii = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
