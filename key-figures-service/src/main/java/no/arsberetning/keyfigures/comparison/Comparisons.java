package no.arsberetning.keyfigures.comparison;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.keyfigures.groups.GroupKind;
import no.arsberetning.keyfigures.groups.PeerGroup;
import no.arsberetning.keyfigures.groups.PeerGroups;
import no.arsberetning.keyfigures.store.FigureStore;
import no.arsberetning.keyfigures.store.Measure;
import no.arsberetning.keyfigures.store.Region;
import no.arsberetning.keyfigures.store.RegionKind;
import no.arsberetning.keyfigures.store.Regions;
import no.arsberetning.keyfigures.store.Slice;
import no.arsberetning.keyfigures.store.StatusSymbols;
import org.springframework.stereotype.Component;

/**
 * A region against its peers in one period (ranked, with the peers' statistics) and over every period stored.
 * Ranking and statistics cover the compared municipalities — the region and its peers that have a value;
 * aggregates asked for by code are shown beside them for reference.
 */
@Component
public class Comparisons {

    private final FigureStore store;
    private final Regions regions;
    private final PeerGroups groups;

    Comparisons(FigureStore store, Regions regions, PeerGroups groups) {
        this.store = store;
        this.regions = regions;
        this.groups = groups;
    }

    /** The measure's period, compared. */
    public Comparison compare(String measureId, String period, String region, String peers) {
        Measure measure = measure(measureId);
        PeerSelection selection = PeerSelection.of(peers, groups);
        Slice slice = store.slice(measure, period).orElseThrow(() -> new NoSuchElementException(
                "Nøkkeltallet «" + measureId + "» har ingen tall for " + period + "."));
        Ranking ranking = rank(slice, region, selection);
        return new Comparison(measure.id(), slice.label(), slice.unit(), slice.unitText(), slice.decimals(), period, slice.table(),
                slice.tableLabel(), slice.updated(), slice.notes(), GroupInfo.of(selection.group()), ranking.region(), ranking.peers(),
                ranking.statistics());
    }

    /** The region's value in every period stored, each with its rank and the peers' statistics. */
    public Series series(String measureId, String region, String peers) {
        Measure measure = measure(measureId);
        PeerSelection selection = PeerSelection.of(peers, groups);
        List<Slice> slices = store.series(measure);
        List<Point> points = new ArrayList<>();
        Slice latest = null;
        for (Slice slice : slices) {
            Ranking ranking = rank(slice, region, selection);
            Entry own = ranking.region();
            points.add(new Point(slice.period(), own.value(), own.status(), own.statusText(), own.rank(), ranking.ranked(),
                    ranking.statistics()));
            latest = slice;
        }
        if (latest == null) {
            throw new NoSuchElementException("Nøkkeltallet «" + measureId + "» har ingen tall.");
        }
        Region own = regions.get(region);
        return new Series(measure.id(), latest.label(), latest.unit(), latest.unitText(), latest.decimals(), latest.table(),
                new RegionInfo(own.code(), own.label(), own.kind()), GroupInfo.of(selection.group()), points);
    }

    /** One region's figure: its value (zero for {@code -}) and status; empty when the store has no slice or no cell for it. */
    public Optional<Figure> figure(String measureId, String period, String region) {
        return store.measure(measureId).flatMap(m -> store.slice(m, period)).flatMap(slice -> {
            int i = slice.indexOf(region);
            return i < 0 ? Optional.empty() : Optional.of(new Figure(
                    StatusSymbols.effectiveValue(slice.values().get(i), slice.statuses().get(i)), slice.statuses().get(i), slice));
        });
    }

    /** Statistics of a peer group's municipalities (those with a value) in a period; empty when the store has no slice. */
    public Optional<Statistics> groupStatistics(String measureId, String period, String groupId) {
        PeerSelection selection = PeerSelection.of(groupId, groups);
        return store.measure(measureId).flatMap(m -> store.slice(m, period)).map(slice -> {
            List<BigDecimal> values = new ArrayList<>();
            for (String code : selection.codes(slice, null, c -> RegionKind.of(c, null))) {
                int i = slice.indexOf(code);
                BigDecimal value = i < 0 ? null : StatusSymbols.effectiveValue(slice.values().get(i), slice.statuses().get(i));
                if (value != null) {
                    values.add(value);
                }
            }
            return Statistics.of(values, slice.decimals());
        });
    }

    private Measure measure(String id) {
        return store.measure(id).orElseThrow(() -> new NoSuchElementException("Ingen nøkkeltall har koden «" + id + "»."));
    }

    private Ranking rank(Slice slice, String regionCode, PeerSelection selection) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < slice.size(); i++) {
            at.put(slice.regions().get(i), i);
        }
        Map<String, Region> known = regions.all();
        Entry region = entry(slice, at, known, regionCode, false);
        List<Entry> peers = new ArrayList<>();
        for (String code : selection.codes(slice, regionCode, c -> kindOf(known, c))) {
            if (selection.skipsAbsent() && !at.containsKey(code)) {
                continue;
            }
            peers.add(entry(slice, at, known, code, true));
        }
        List<Entry> compared = new ArrayList<>();
        if (region.rankable()) {
            compared.add(region);
        }
        peers.stream().filter(Entry::rankable).forEach(compared::add);
        compared.sort(Comparator.comparing(Entry::value).reversed());
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < compared.size(); i++) {
            boolean tie = i > 0 && compared.get(i).value().compareTo(compared.get(i - 1).value()) == 0;
            ranks.put(compared.get(i).code(), tie ? ranks.get(compared.get(i - 1).code()) : i + 1);
        }
        Entry rankedRegion = ranks.containsKey(region.code()) ? region.ranked(ranks.get(region.code())) : region;
        List<Entry> rankedPeers = peers.stream().map(p -> ranks.containsKey(p.code()) ? p.ranked(ranks.get(p.code())) : p)
                .sorted(Comparator.comparing((Entry p) -> p.rank() == null ? Integer.MAX_VALUE : p.rank()).thenComparing(Entry::code))
                .toList();
        Statistics statistics = Statistics.of(compared.stream().map(Entry::value).toList(), slice.decimals());
        return new Ranking(rankedRegion, rankedPeers, compared.size(), statistics);
    }

    private static Entry entry(Slice slice, Map<String, Integer> at, Map<String, Region> known, String code, boolean peer) {
        Region region = known.getOrDefault(code, Region.unknown(code));
        Integer i = at.get(code);
        BigDecimal value = i == null ? null : StatusSymbols.effectiveValue(slice.values().get(i), slice.statuses().get(i));
        String status = i == null ? null : slice.statuses().get(i);
        boolean reference = peer && region.kind() != RegionKind.MUNICIPALITY && region.kind() != RegionKind.COUNTY;
        return new Entry(code, region.label(), region.kind(), value, status, StatusSymbols.meaning(status), null, reference);
    }

    private static RegionKind kindOf(Map<String, Region> known, String code) {
        Region region = known.get(code);
        return region != null ? region.kind() : RegionKind.of(code, null);
    }

    /** A region's figure and the slice it is read from (the measure's description and source). */
    public record Figure(BigDecimal value, String status, Slice slice) {
    }

    private record Ranking(Entry region, List<Entry> peers, int ranked, Statistics statistics) {
    }

    /** A region as the comparison names it. */
    record RegionInfo(String code, String label, RegionKind kind) {
    }

    /** The peer group compared with, when one was named. */
    record GroupInfo(String id, String label, GroupKind kind) {

        static GroupInfo of(PeerGroup group) {
            return group == null ? null : new GroupInfo(group.id(), group.label(), group.kind());
        }
    }

    /**
     * One period compared. {@code region} and {@code peers} (ranked first, by rank) with their values and statuses,
     * {@code statistics} of the compared municipalities.
     */
    public record Comparison(String measure, String label, String unit, String unitText, Integer decimals, String year, String table,
            String tableLabel, Instant updated, List<String> notes, GroupInfo peerGroup, Entry region, List<Entry> peers,
            Statistics statistics) {
    }

    /** One period of a series: the region's value, status and rank, and the compared municipalities' statistics. */
    record Point(String year, BigDecimal value, String status, String statusText, Integer rank, int ranked, Statistics statistics) {
    }

    /** The region's values over every period stored. */
    public record Series(String measure, String label, String unit, String unitText, Integer decimals, String table,
            RegionInfo region, GroupInfo peerGroup, List<Point> points) {
    }
}
