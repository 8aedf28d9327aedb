package no.arsberetning.common.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Stable keys from printed labels: "Revidert budsjett 2023" → "revidert-budsjett-2023". */
final class Slugs {

    private Slugs() {
    }

    static String of(String label) {
        String text = label == null ? "" : label.replaceAll("<[^>]*>", " ")
                .replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("å", "a").replace("Å", "a");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Keys for labels, unique within the list: blanks become {@code prefix-N}, repeats get "-2", "-3". */
    static List<String> unique(List<String> labels, String prefix) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String base = of(labels.get(i));
            if (base.isEmpty()) {
                base = prefix + "-" + (i + 1);
            }
            String key = base;
            for (int n = 2; !used.add(key); n++) {
                key = base + "-" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    /** Labels compared as a person reads them: markup, case and spacing ignored. */
    static String normalized(String label) {
        return (label == null ? "" : label.replaceAll("<[^>]*>", " "))
                .replace('\u00a0', ' ').replace('\u202f', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
