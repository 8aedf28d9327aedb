package no.arsberetning.servicesgoals.keyfigures;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.servicesgoals.keyfigures.JsonStatDataset.Dataset;
import no.arsberetning.servicesgoals.keyfigures.JsonStatDataset.Dimension;
import no.arsberetning.servicesgoals.keyfigures.KeyFigureImport.DimensionInfo;
import no.arsberetning.servicesgoals.keyfigures.KeyFigureImport.ImportedValue;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Imports of statistics files into a year's key figures: all or nothing, audited, one document each. */
@Component
class KeyFigureImports {

    static final String ENTITY = "key-figure-import";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    KeyFigureImports(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    List<KeyFigureImport> all(int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year)).with(Sort.by("provenance.at")), KeyFigureImport.class);
    }

    /** Reads and stores a JSON-stat 2.0 file; a file with any problem is refused whole (400 naming each). */
    KeyFigureImport importJsonStat(int year, String area, String fileName, String sha256, byte[] content, String by) {
        Dataset dataset = JsonStatDataset.read(content);
        Instant now = clock.instant();
        Optional<Dimension> time = dataset.withRole("time");
        Optional<Dimension> geo = dataset.withRole("geo");
        Optional<Dimension> metric = dataset.withRole("metric");
        List<Dimension> others = dataset.dimensions().stream()
                .filter(d -> d.role() == null || !List.of("time", "geo", "metric").contains(d.role()))
                .toList();
        List<ImportedValue> values = new ArrayList<>();
        for (JsonStatDataset.Value v : dataset.values()) {
            String measureCode = metric.map(d -> v.codes().get(d.id())).orElse(null);
            String measure = metric.map(d -> v.labels().get(d.id())).orElse(dataset.label());
            JsonStatDataset.Unit unit = metric.map(d -> d.units().get(measureCode)).orElse(null);
            String breakdown = others.stream().filter(d -> d.codes().size() > 1)
                    .map(d -> d.label() + ": " + v.labels().get(d.id()))
                    .collect(Collectors.joining(", "));
            values.add(new ImportedValue(measureCode, measure,
                    geo.map(d -> v.codes().get(d.id())).orElse(null), geo.map(d -> v.labels().get(d.id())).orElse(null),
                    time.map(d -> v.labels().get(d.id())).orElse(null), breakdown.isEmpty() ? null : breakdown,
                    v.value(), unit == null ? null : unit(unit.base()), unit == null ? null : unit.decimals(), v.status(),
                    v.preliminary(), v.missing()));
        }
        List<DimensionInfo> dimensions = dataset.dimensions().stream()
                .map(d -> new DimensionInfo(d.id(), d.label(), d.role(), d.codes().size())).toList();
        KeyFigureImport stored = new KeyFigureImport(UUID.randomUUID().toString(), year, area, "json-stat2",
                dataset.label(), dataset.source(), dataset.tableId(),
                dataset.updated() != null ? dataset.updated() : now, dataset.updated() != null ? "updated" : "upload",
                dimensions, List.copyOf(values),
                new Provenance(dataset.source() != null ? dataset.source() : "json-stat", fileName, sha256, by, now));
        mongo.insert(stored);
        audit.record(by, "import", ENTITY, stored.id(), null, Map.of("fileName", String.valueOf(fileName),
                "sourceTable", String.valueOf(stored.sourceTable()), "values", values.size()));
        return stored;
    }

    /** The platform's unit for a unit base the file names («prosent» → percent, «kr» → NOK). */
    private static String unit(String base) {
        if (base == null) {
            return null;
        }
        String text = base.toLowerCase(Locale.ROOT).trim();
        if (text.equals("prosent") || text.equals("%")) {
            return "percent";
        }
        if (text.equals("kr") || text.equals("kroner")) {
            return "NOK";
        }
        if (text.equals("1000 kr") || text.equals("1 000 kr")) {
            return "TNOK";
        }
        return base;
    }
}
