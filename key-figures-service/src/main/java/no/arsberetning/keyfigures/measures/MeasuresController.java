package no.arsberetning.keyfigures.measures;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import no.arsberetning.keyfigures.KeyFiguresProperties;
import no.arsberetning.keyfigures.store.FigureStore;
import no.arsberetning.keyfigures.store.Measure;
import no.arsberetning.keyfigures.store.Region;
import no.arsberetning.keyfigures.store.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the store holds: {@code GET /measures?q=&table=} — the measures with committed figures (code, label, unit,
 * source table, years), at most {@value #MAX} matching a search in code, label or table; {@code GET /regions} —
 * every region the imported files name, and the municipality using the platform.
 */
@RestController
@RequestMapping("${arsberetning.key-figures.api-prefix}")
class MeasuresController {

    static final int MAX = 500;

    private final FigureStore store;
    private final Regions regions;
    private final String home;

    MeasuresController(FigureStore store, Regions regions, KeyFiguresProperties properties) {
        this.store = store;
        this.regions = regions;
        this.home = properties.homeRegion();
    }

    @GetMapping("/measures")
    List<MeasureInfo> measures(@RequestParam(required = false) String q, @RequestParam(required = false) String table) {
        String search = q == null ? "" : q.toLowerCase(Locale.ROOT).trim();
        return store.committedMeasures().stream()
                .filter(m -> table == null || table.equals(m.table()))
                .filter(m -> search.isEmpty() || matches(m, search))
                .limit(MAX)
                .map(m -> new MeasureInfo(m.id(), m.contentsCode(), m.label(), m.table(), m.tableLabel(), m.unit(), m.unitText(),
                        m.decimals(), store.committedPeriods(m)))
                .toList();
    }

    @GetMapping("/regions")
    RegionList regions() {
        List<Region> all = regions.all().values().stream()
                .sorted(Comparator.comparing(Region::kind).thenComparing(Region::code))
                .toList();
        return new RegionList(regions.get(home), all);
    }

    private static boolean matches(Measure m, String search) {
        return m.id().toLowerCase(Locale.ROOT).contains(search)
                || (m.label() != null && m.label().toLowerCase(Locale.ROOT).contains(search))
                || (m.table() != null && m.table().contains(search))
                || (m.tableLabel() != null && m.tableLabel().toLowerCase(Locale.ROOT).contains(search));
    }

    /** A measure of the store and the years it has figures for. */
    record MeasureInfo(String id, String contentsCode, String label, String table, String tableLabel, String unit, String unitText,
            Integer decimals, List<String> years) {
    }

    /** The regions, and which one is the municipality's own. */
    record RegionList(Region home, List<Region> regions) {
    }
}
