package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

/**
 * One defect, one finding. Rules that check the same printed number from different sides (a deviation cell
 * against its own row, against chapter 1's table, against the sum of its area) each find it when it is wrong;
 * findings about the same printed number — a shared place in {@link Finding#places()}, which names the number
 * a finding checks (and where a restatement prints it again), not the inputs it is computed from — are one
 * defect. A wrong count and a share computed from it stay two findings: each is its own printed mistake.
 * Errors and warnings are grouped; a rounding difference ({@code info}) stands alone, as it is no defect.
 */
public final class Findings {

    private Findings() {
    }

    /** Groups findings about the same printed number, leading with the most severe (the first of those, in order). */
    public static List<Finding> grouped(List<Finding> findings) {
        return grouped(findings, f -> 0);
    }

    /**
     * Groups findings about the same printed number. The group's lead — whose rule, {@code expected} and
     * {@code actual} it keeps — has the lowest {@code authority} rank (its {@code expected} is the authoritative value),
     * then is the most severe, then the first; its message goes first, followed by what every other rule found; the
     * group is as severe as its most severe finding; {@code tables}, {@code areas} and {@code places} are everyone's,
     * {@code rules} lists them all.
     */
    public static List<Finding> grouped(List<Finding> findings, ToIntFunction<Finding> authority) {
        int[] parent = new int[findings.size()];
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            parent[i] = i;
            Finding f = findings.get(i);
            if (f.severity() == Severity.INFO) {
                continue;
            }
            for (String place : f.places()) {
                Integer first = owner.putIfAbsent(place, i);
                if (first != null) {
                    parent[root(parent, i)] = root(parent, first);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Finding> result = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            result.add(members.size() == 1 ? findings.get(members.get(0)) : merged(members, findings, authority));
        }
        return List.copyOf(result);
    }

    private static Finding merged(List<Integer> members, List<Finding> findings, ToIntFunction<Finding> authority) {
        Comparator<Integer> leading = Comparator.<Integer>comparingInt(i -> authority.applyAsInt(findings.get(i)))
                .thenComparing(i -> findings.get(i).severity()).thenComparingInt(i -> i);
        int leadIndex = members.stream().min(leading).orElseThrow();
        Finding lead = findings.get(leadIndex);
        Severity severity = members.stream().map(i -> findings.get(i).severity()).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> tables = new LinkedHashSet<>(lead.tables());
        Set<String> areas = new TreeSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>(List.of(lead.rule()));
        List<String> others = new ArrayList<>();
        for (int i : members) {
            Finding f = findings.get(i);
            tables.addAll(f.tables());
            areas.addAll(f.areas());
            places.addAll(f.places());
            rules.add(f.rule());
            rules.addAll(f.rules());
            if (i != leadIndex) {
                others.add(f.rule() + ": " + f.message());
            }
        }
        String message = lead.message() + " Det samme avviket er også funnet av " + (others.size() == 1 ? "én kontroll til"
                : others.size() + " kontroller til") + " — " + String.join(" — ", others);
        return new Finding(lead.rule(), severity, List.copyOf(tables), List.copyOf(areas), message, lead.expected(),
                lead.actual(), List.copyOf(places), List.copyOf(rules));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
