package no.arsberetning.common.years;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import no.arsberetning.common.releases.ReleaseStore;
import no.arsberetning.common.releases.ServiceRelease;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;

import org.springframework.beans.factory.ObjectProvider;

/** A year's values as a later year restates them ({@link PriorYear}): its newest release, else its working data. */
public class PriorYears {

    private final TableStore tables;
    private final ObjectProvider<ReleaseStore> releases;

    public PriorYears(TableStore tables, ObjectProvider<ReleaseStore> releases) {
        this.tables = tables;
        this.releases = releases;
    }

    public PriorYear of(int year) {
        Map<String, ReportedTable> byKey = new LinkedHashMap<>();
        tables.all(year).forEach(t -> byKey.put(t.key(), t));
        ReleaseStore store = releases.getIfAvailable();
        ServiceRelease newest = store == null ? null : store.all(year).stream()
                .max(Comparator.comparingInt(ServiceRelease::number))
                .map(r -> store.get(year, r.number()))
                .orElse(null);
        if (newest == null) {
            return new PriorYear(year, null, null, null, null, null, byKey);
        }
        return new PriorYear(year, newest.number(), newest.contentHash(), newest.publishedAt(), newest.publishedBy(),
                newest.report(), byKey);
    }
}
