package no.arsberetning.keyfigures.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import no.arsberetning.keyfigures.BadInput;
import no.arsberetning.keyfigures.groups.PeerGroup;
import no.arsberetning.keyfigures.groups.PeerGroups;
import no.arsberetning.keyfigures.store.RegionKind;
import no.arsberetning.keyfigures.store.Slice;

/**
 * Whom to compare with, as {@code peers} names them: {@code all} municipalities of the period (the default), a
 * peer group's id, or a comma list of region codes.
 */
record PeerSelection(String kind, PeerGroup group, List<String> codes) {

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}]{1,12}");
    private static final int MAX_CODES = 500;

    static PeerSelection of(String peers, PeerGroups groups) {
        String text = peers == null ? "" : peers.trim();
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("all")) {
            return new PeerSelection("all", null, null);
        }
        if (!text.contains(",")) {
            PeerGroup group = groups.find(text).orElse(null);
            if (group != null) {
                return new PeerSelection("group", group, group.members());
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String code = part.trim();
            if (!CODE.matcher(code).matches()) {
                throw BadInput.field("peers", "«" + code + "» er verken en regionkode, en sammenligningsgruppe eller «all».");
            }
            codes.add(code);
        }
        if (codes.size() > MAX_CODES) {
            throw BadInput.field("peers", "Høyst " + MAX_CODES + " regioner kan sammenlignes.");
        }
        return new PeerSelection("list", null, List.copyOf(codes));
    }

    /** The peers' codes in a period's slice (without the region compared). */
    List<String> codes(Slice slice, String region, Function<String, RegionKind> kinds) {
        List<String> result = new ArrayList<>();
        if (codes == null) {
            for (String code : slice.regions()) {
                if (!code.equals(region) && kinds.apply(code) == RegionKind.MUNICIPALITY) {
                    result.add(code);
                }
            }
            return result;
        }
        for (String code : codes) {
            if (!code.equals(region)) {
                result.add(code);
            }
        }
        return result;
    }

    /** A group's members that are not in the slice are other years' codes of the same municipalities: leave them out. */
    boolean skipsAbsent() {
        return group != null;
    }
}
