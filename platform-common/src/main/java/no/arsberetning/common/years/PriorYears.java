package no.arsberetning.common.years;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import no.arsberetning.common.releases.ReleaseStore;
import no.arsberetning.common.releases.ServiceRelease;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A year's values as a later year restates them ({@link PriorYear}): its newest release, else its working data. A
 * release never changes, so the last ones read are kept and read again only when a newer release appears.
 */
public class PriorYears {

    private final TableStore tables;
    private final ObjectProvider<ReleaseStore> releases;
    /** The releases read last (a year's checks restate one earlier year; a whole report each, so only a few). */
    private final Cache<Integer, ServiceRelease> newestRead = Caffeine.newBuilder().maximumSize(2).build();

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
                .map(r -> read(store, year, r.number()))
                .orElse(null);
        if (newest == null) {
            return new PriorYear(year, null, null, null, null, null, byKey);
        }
        return new PriorYear(year, newest.number(), newest.contentHash(), newest.publishedAt(), newest.publishedBy(),
                newest.report(), byKey);
    }

    private ServiceRelease read(ReleaseStore store, int year, int number) {
        ServiceRelease known = newestRead.getIfPresent(year);
        if (known != null && known.number() == number) {
            return known;
        }
        ServiceRelease release = store.get(year, number);
        newestRead.put(year, release);
        return release;
    }
}
