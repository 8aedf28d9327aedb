package no.arsberetning.servicesgoals.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.servicesgoals.keyfigures.KeyFigure;
import no.arsberetning.servicesgoals.keyfigures.KeyFigures;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The same figure printed differently in two tables. Two rows of different tables are taken to be the same
 * measure when their names share a distinctive word, their units agree (or are not stated) and they print
 * the same value for at least one entity and period; every other entity and period where both have a
 * value and the values differ is a finding (e.g. the recycling share for Trondheim 2023: 37,9 in table
 * 18.3, 37,1 in table 18.5, while both print 33,3 for 2022).
 */
@Component
@Order(5)
class SameFigureRule implements CheckRule {

    static final String RULE = "same-figure-differs";

    /** Words too common in key-figure names to say two rows measure the same. */
    private static final Set<String> COMMON = Set.of("netto", "brutto", "driftsutgifter", "driftsutg", "andel", "antall",
            "prosent", "innbygger", "innbyggere", "kommunale", "kommunal", "kommunalt", "totalt", "korrigerte", "korr",
            "utgifter", "årsverk", "gjennomsnitt", "trondheim", "levert", "inklusiv", "kroner", "personer", "barnehager",
            "tjenesten", "tjenester", "kommunen");

    private final KeyFigures keyFigures;

    SameFigureRule(KeyFigures keyFigures) {
        this.keyFigures = keyFigures;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        Map<String, List<KeyFigure>> series = new LinkedHashMap<>();
        for (KeyFigure f : keyFigures.fromTables(data.year())) {
            series.computeIfAbsent(f.origin().table() + "\u0000" + f.origin().row(), k -> new ArrayList<>()).add(f);
        }
        List<List<KeyFigure>> all = new ArrayList<>(series.values());
        List<Finding> findings = new ArrayList<>();
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                compare(all.get(a), all.get(b), findings);
            }
        }
        return findings;
    }

    private static void compare(List<KeyFigure> first, List<KeyFigure> second, List<Finding> findings) {
        KeyFigure a0 = first.get(0);
        KeyFigure b0 = second.get(0);
        if (Objects.equals(a0.origin().table(), b0.origin().table()) || !sameUnit(a0.unit(), b0.unit())) {
            return;
        }
        Set<String> shared = new HashSet<>(words(a0.measure()));
        shared.retainAll(words(b0.measure()));
        if (shared.isEmpty()) {
            return;
        }
        List<KeyFigure[]> agree = new ArrayList<>();
        List<KeyFigure[]> differ = new ArrayList<>();
        for (KeyFigure a : first) {
            for (KeyFigure b : second) {
                if (a.value() != null && b.value() != null && Objects.equals(a.entity(), b.entity())
                        && Objects.equals(a.period(), b.period())) {
                    (a.value().compareTo(b.value()) == 0 ? agree : differ).add(new KeyFigure[] {a, b});
                }
            }
        }
        if (agree.isEmpty()) {
            return;
        }
        KeyFigure[] same = agree.get(0);
        for (KeyFigure[] pair : differ) {
            KeyFigure a = pair[0];
            KeyFigure b = pair[1];
            Set<String> areas = new LinkedHashSet<>();
            if (a.area() != null) {
                areas.add(a.area());
            }
            if (b.area() != null) {
                areas.add(b.area());
            }
            findings.add(new Finding(RULE, Severity.WARNING, List.of(a.origin().table(), b.origin().table()),
                    List.copyOf(areas),
                    "«" + a.measure() + "» (tabell " + a.origin().table() + ") og «" + b.measure() + "» (tabell "
                            + b.origin().table() + ") er samme tall (" + same[0].entity() + " " + same[0].period() + ": "
                            + same[0].text() + " i begge), men for " + a.entity() + " " + a.period() + " står det "
                            + a.text() + " i tabell " + a.origin().table() + " og " + b.text() + " i tabell "
                            + b.origin().table() + ".",
                    PrintedNumbers.format(a.value()) + " (tabell " + a.origin().table() + ")",
                    b.text() + " (tabell " + b.origin().table() + ")"));
        }
    }

    private static boolean sameUnit(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static Set<String> words(String measure) {
        Set<String> words = new HashSet<>();
        for (String word : measure.toLowerCase(Locale.ROOT).replaceAll("<[^>]*>", " ").split("[^\\p{L}]+")) {
            if (word.length() >= 6 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
