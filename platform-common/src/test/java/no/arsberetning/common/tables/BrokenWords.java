package no.arsberetning.common.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that a transcription broke where the printed line broke, judged against the words of a corpus (the
 * whole text of the report): «gjennomsnit t» and «Stavange r» (a word split by a space: joined, it is a word of the
 * corpus, and one of its pieces occurs nowhere else), «Virksomhets- område» (a hyphen left at a line end: joined,
 * it is a word of the corpus), «Lære-kandidater» (the same, closed up) and a lone consonant after a word. A
 * suspended compound («Barne- og familietjenester»), two words that also make a compound («over tid», «overtid»)
 * and a real hyphenated word («IT-driftsfaget») are not broken.
 */
final class BrokenWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PIECE = Pattern.compile("(\\p{L}+)(-?)");
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-(\\p{Ll}\\p{L}*)");
    /** The Norwegian words of one letter. */
    private static final Set<String> ONE_LETTER_WORDS = Set.of("i", "å", "e", "o");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();

    BrokenWords(List<String> corpus) {
        for (String text : corpus) {
            String plain = plain(text);
            Matcher word = WORD.matcher(plain);
            while (word.find()) {
                words.merge(lower(word.group()), 1, Integer::sum);
            }
            String[] tokens = plain.split("\\s+");
            for (int i = 0; i + 1 < tokens.length; i++) {
                pairs.merge(lower(tokens[i]) + " " + lower(tokens[i + 1]), 1, Integer::sum);
            }
        }
    }

    /** The broken places in a label, each as the two pieces ("gjennomsnit t"); empty when it reads whole. */
    List<String> in(String label) {
        List<String> broken = new ArrayList<>();
        String[] tokens = plain(label).strip().split("\\s+");
        for (int i = 0; i + 1 < tokens.length; i++) {
            Matcher first = PIECE.matcher(tokens[i]);
            String b = tokens[i + 1];
            if (!first.matches() || !WORD.matcher(b).matches()) {
                continue;
            }
            String a = first.group(1);
            String joined = lower(a + b);
            boolean hyphenAtEnd = !first.group(2).isEmpty();
            boolean split = hyphenAtEnd ? Character.isLowerCase(b.charAt(0)) && isWord(joined)
                    : lonelyLetter(b) || isWord(joined) && (onlyHere(a, b, a) || onlyHere(a, b, b));
            if (split) {
                broken.add(tokens[i] + " " + b);
            }
        }
        for (String token : tokens) {
            Matcher hyphenated = HYPHENATED.matcher(token);
            if (hyphenated.matches() && isWord(lower(hyphenated.group(1) + hyphenated.group(2)))) {
                broken.add(token);
            }
        }
        return broken;
    }

    private boolean isWord(String lowerCase) {
        return words.getOrDefault(lowerCase, 0) > 0;
    }

    /** Whether {@code piece} occurs in the corpus only as part of the pair "a b". */
    private boolean onlyHere(String a, String b, String piece) {
        return words.getOrDefault(lower(piece), 0) <= pairs.getOrDefault(lower(a) + " " + lower(b), 0);
    }

    private static boolean lonelyLetter(String token) {
        return token.length() == 1 && Character.isLowerCase(token.charAt(0)) && !ONE_LETTER_WORDS.contains(token);
    }

    private static String plain(String text) {
        return text == null ? "" : text.replaceAll("<[^>]*>", " ").replace('\u00A0', ' ');
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
