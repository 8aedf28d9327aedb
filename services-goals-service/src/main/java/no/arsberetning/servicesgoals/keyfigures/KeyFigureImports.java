package no.arsberetning.servicesgoals.keyfigures;

import java.math.BigDecimal;
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
import no.arsberetning.common.imports.JsonStatDataset;
import no.arsberetning.common.imports.JsonStatDataset.Dimension;
import no.arsberetning.common.imports.JsonStatDataset.Unit;
import no.arsberetning.common.imports.TabularFileException;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.servicesgoals.keyfigures.KeyFigureImport.DimensionInfo;
import no.arsberetning.servicesgoals.keyfigures.KeyFigureImport.ImportedValue;
import no.arsberetning.servicesgoals.web.InvalidFieldsException;

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

    /**
     * Reads and stores a JSON-stat 2.0 file as Statistics Norway's PxWebApi v2 writes it ({@code json-stat2});
     * a file with any problem is refused whole (400 naming each). Everything comes from the file's own
     * metadata: which dimension is time, region and measure from {@code role}; labels, units and decimals from
     * the categories; the table id from {@code extension.px.tableid} (or the label's «12272:» prefix).
     * Status symbols (SSB's standard signs): {@code ..} and {@code ...} not available (yet), {@code .} not
     * applicable, {@code :} withheld for confidentiality, {@code -} zero, {@code *} preliminary.
     */
    KeyFigureImport importJsonStat(int year, String area, String fileName, String sha256, byte[] content, String by) {
        JsonStatDataset dataset = read(content);
        Instant now = clock.instant();
        Optional<Dimension> time = dataset.withRole("time");
        Optional<Dimension> geo = dataset.withRole("geo");
        Optional<Dimension> metric = dataset.withRole("metric");
        List<Dimension> others = dataset.dimensions().stream()
                .filter(d -> d.role() == null || !List.of("time", "geo", "metric").contains(d.role()))
                .toList();
        List<ImportedValue> values = new ArrayList<>();
        for (int i = 0; i < dataset.values().size(); i++) {
            Map<String, String> codes = dataset.codesAt(i);
            String measureCode = metric.map(d -> codes.get(d.id())).orElse(null);
            String measure = metric.map(d -> d.labelOf(measureCode)).orElse(dataset.label());
            Unit unit = metric.map(d -> d.units().get(measureCode)).orElse(null);
            String breakdown = others.stream().filter(d -> d.codes().size() > 1)
                    .map(d -> d.label() + ": " + d.labelOf(codes.get(d.id())))
                    .collect(Collectors.joining(", "));
            BigDecimal value = dataset.values().get(i);
            String status = dataset.statuses().get(i);
            values.add(new ImportedValue(measureCode, measure,
                    geo.map(d -> codes.get(d.id())).orElse(null), geo.map(d -> d.labelOf(codes.get(d.id()))).orElse(null),
                    time.map(d -> d.labelOf(codes.get(d.id()))).orElse(null), breakdown.isEmpty() ? null : breakdown,
                    value, unit == null ? null : unit(unit.base()), unit == null ? null : unit.decimals(), status,
                    "*".equals(status), value == null ? missing(status) : null));
        }
        List<DimensionInfo> dimensions = dataset.dimensions().stream()
                .map(d -> new DimensionInfo(d.id(), d.label(), d.role(), d.codes().size())).toList();
        KeyFigureImport stored = new KeyFigureImport(UUID.randomUUID().toString(), year, area, "json-stat2",
                dataset.label(), dataset.source(), tableId(dataset),
                dataset.updated() != null ? dataset.updated() : now, dataset.updated() != null ? "updated" : "upload",
                dimensions, List.copyOf(values),
                new Provenance(dataset.source() != null ? dataset.source() : "json-stat", fileName, sha256, by, now));
        mongo.insert(stored);
        audit.record(by, "import", ENTITY, stored.id(), null, Map.of("fileName", String.valueOf(fileName),
                "sourceTable", String.valueOf(stored.sourceTable()), "values", values.size()));
        return stored;
    }

    private static JsonStatDataset read(byte[] content) {
        try {
            return JsonStatDataset.read(content, JsonStatDataset.Rules.STATISTICS);
        } catch (TabularFileException e) {
            throw new InvalidFieldsException(e.problems());
        }
    }

    /** What a missing value's status symbol means (SSB's signs; no symbol: not reported). */
    private static MissingReason missing(String status) {
        if (status == null) {
            return MissingReason.NOT_REPORTED;
        }
        return switch (status.trim()) {
            case "..", "..." -> MissingReason.NOT_AVAILABLE_YET;
            case "." -> MissingReason.NOT_APPLICABLE;
            case "-" -> MissingReason.ZERO;
            case ":" -> MissingReason.SUPPRESSED;
            default -> MissingReason.NOT_REPORTED;
        };
    }

    /** The statistics table's id: {@code extension.px.tableid}, else the label's «12272:» prefix. */
    private static String tableId(JsonStatDataset dataset) {
        String id = JsonStatDataset.text(dataset.extension().path("px"), "tableid");
        if (id != null) {
            return id;
        }
        String label = dataset.label();
        if (label != null && label.matches("^\\d{4,6}:.*")) {
            return label.substring(0, label.indexOf(':'));
        }
        return null;
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
