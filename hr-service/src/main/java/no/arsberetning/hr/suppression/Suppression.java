package no.arsberetning.hr.suppression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.HrProperties;
import no.arsberetning.hr.tables.Chapter2Tables;

import org.springframework.stereotype.Component;

/**
 * Small-group suppression of a year's tables at the configured threshold
 * ({@code arsberetning.hr.suppression-threshold}, default 5).
 */
@Component
public class Suppression {

    private final int threshold;

    Suppression(HrProperties properties) {
        this.threshold = properties.suppressionThreshold();
    }

    public int threshold() {
        return threshold;
    }

    /** The cells of one table that the published rendition hides, and why. */
    public Map<CellRef, Cause> of(ReportedTable table) {
        return Chapter2Tables.spec(table.number()).map(spec -> SmallGroups.suppress(table, spec, threshold))
                .orElse(Map.of());
    }

    /** The hidden cells of every table, by table key (tables with none are left out). */
    public Map<String, Map<CellRef, Cause>> of(List<ReportedTable> tables) {
        Map<String, Map<CellRef, Cause>> all = new LinkedHashMap<>();
        for (ReportedTable table : tables) {
            Map<CellRef, Cause> hidden = of(table);
            if (!hidden.isEmpty()) {
                all.put(table.key(), hidden);
            }
        }
        return all;
    }
}
