package no.arsberetning.common.years;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.releases.ReleaseStore;
import no.arsberetning.common.releases.ServiceRelease;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.workflow.SectionCatalog;
import no.arsberetning.common.workflow.SectionState;
import no.arsberetning.common.workflow.SectionStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every reporting year of the service with its state ({@link YearOverview}). Reads per year only the small
 * documents (section states, releases without their content); the number of sections comes from the catalogue,
 * which reads the year's tables and texts, so it is kept per year until the year gets a table or text more.
 */
class YearOverviews {

    private final MongoOperations mongo;
    private final ReportingYears years;
    private final OpenedYears openings;
    private final ObjectProvider<SectionCatalog> catalog;
    private final ObjectProvider<ReleaseStore> releases;
    private final Map<Integer, Total> totals = new ConcurrentHashMap<>();

    YearOverviews(MongoOperations mongo, ReportingYears years, OpenedYears openings, ObjectProvider<SectionCatalog> catalog,
            ObjectProvider<ReleaseStore> releases) {
        this.mongo = mongo;
        this.years = years;
        this.openings = openings;
        this.catalog = catalog;
        this.releases = releases;
    }

    List<YearOverview> all() {
        Map<Integer, OpenedYear> opened = new HashMap<>();
        openings.all().forEach(o -> opened.put(o.year(), o));
        List<YearOverview> all = new ArrayList<>();
        for (ReportingYear year : years.all()) {
            all.add(overview(year, Optional.ofNullable(opened.remove(year.year()))));
        }
        // A year whose opening stopped before it was registered is listed too: the opening must be finished.
        opened.values().forEach(o -> all.add(new YearOverview(o.year(), o.startedAt(), o.openedBy(), null, o.from(),
                o.state(), o.sourceRelease(), sections(o.year()), releaseNumbers(o.year()))));
        all.sort(Comparator.comparingInt(YearOverview::year));
        return all;
    }

    private YearOverview overview(ReportingYear year, Optional<OpenedYear> opened) {
        return new YearOverview(year.year(), year.registeredAt(), year.registeredBy(), year.source(),
                opened.map(OpenedYear::from).orElse(null), opened.map(OpenedYear::state).orElse(OpenedYear.OPEN),
                opened.map(OpenedYear::sourceRelease).orElse(null), sections(year.year()), releaseNumbers(year.year()));
    }

    private YearOverview.Sections sections(int year) {
        SectionCatalog sections = catalog.getIfAvailable();
        if (sections == null) {
            return null;
        }
        int[] byStatus = new int[SectionStatus.values().length];
        for (SectionState state : mongo.find(PerYear.of(year), SectionState.class)) {
            byStatus[state.status().ordinal()]++;
        }
        int total = total(year, sections);
        int submitted = byStatus[SectionStatus.SUBMITTED.ordinal()];
        int approved = byStatus[SectionStatus.APPROVED.ordinal()];
        int returned = byStatus[SectionStatus.RETURNED.ordinal()];
        return new YearOverview.Sections(total, Math.max(0, total - submitted - approved - returned), submitted, approved,
                returned);
    }

    private int total(int year, SectionCatalog sections) {
        Query ofYear = PerYear.of(year);
        long tables = mongo.count(ofYear, ReportedTable.class);
        long texts = mongo.count(ofYear, ReportText.class);
        Total known = totals.get(year);
        if (known != null && known.tables() == tables && known.texts() == texts) {
            return known.sections();
        }
        Total counted = new Total(tables, texts, sections.sections(year).size());
        totals.put(year, counted);
        return counted.sections();
    }

    private List<Integer> releaseNumbers(int year) {
        ReleaseStore store = releases.getIfAvailable();
        return store == null ? List.of() : store.all(year).stream().map(ServiceRelease::number).toList();
    }

    private record Total(long tables, long texts, int sections) {
    }
}
