package no.arsberetning.climate.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import no.arsberetning.climate.cycle.Documents;
import no.arsberetning.climate.organisation.IndicatorDefinitions.Definition;
import no.arsberetning.climate.organisation.IndicatorDefinitions.TargetRef;
import no.arsberetning.climate.organisation.IndicatorDefinitions.ValueRef;
import no.arsberetning.climate.organisation.TextIndicator.PeriodValue;
import no.arsberetning.climate.organisation.TextIndicator.ShareView;
import no.arsberetning.climate.organisation.TextIndicator.Statement;
import no.arsberetning.climate.organisation.TextIndicator.TargetView;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.figures.StatedFigure;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Reads the indicators stated in the chapter's text (organisation, and city ones stated only in text) from the figures. */
@Component
public class TextIndicators {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MongoOperations mongo;
    private final FigureStore figures;
    private final AuditTrail audit;

    TextIndicators(MongoOperations mongo, FigureStore figures, AuditTrail audit) {
        this.mongo = mongo;
        this.figures = figures;
        this.audit = audit;
    }

    public List<TextIndicator> all(int year) {
        IndicatorDefinitions definitions = mongo.findById(IndicatorDefinitions.idOf(year), IndicatorDefinitions.class);
        if (definitions == null) {
            return List.of();
        }
        Map<String, StatedFigure> stated = figures.of(year).stream()
                .collect(Collectors.toMap(StatedFigure::id, f -> f, (a, b) -> a));
        return definitions.definitions().stream().map(d -> read(d, stated)).toList();
    }

    /** The year's definitions as stored, if it has any. */
    public java.util.Optional<IndicatorDefinitions> definitions(int year) {
        return java.util.Optional.ofNullable(mongo.findById(IndicatorDefinitions.idOf(year), IndicatorDefinitions.class));
    }

    /** Creates the year's definitions unless present (loaders may run again). */
    public boolean createIfAbsent(IndicatorDefinitions definitions) {
        Optional<IndicatorDefinitions> created = Documents.insertIfAbsent(mongo, definitions.id(), definitions);
        created.ifPresent(d -> audit.record(d.provenance().by(), "create", "climate-text-indicators", d.id(), null, d));
        return created.isPresent();
    }

    static TextIndicator read(Definition d, Map<String, StatedFigure> stated) {
        List<PeriodValue> values = d.values() == null ? List.of()
                : d.values().stream().map(v -> periodValue(v, stated)).toList();
        return new TextIndicator(d.key(), d.scope(), d.label(), d.unit(), values, target(d.target(), values, stated),
                share(d, stated));
    }

    private static PeriodValue periodValue(ValueRef ref, Map<String, StatedFigure> stated) {
        List<Statement> statements = statements(ref.figures(), stated);
        List<Measure> numbers = statements.stream().map(Statement::value).filter(Measure::isNumber).toList();
        Measure value = numbers.isEmpty() ? (statements.isEmpty() ? Measure.of("", null) : statements.get(0).value()) : numbers.get(0);
        boolean agree = numbers.stream().allMatch(n -> n.value().compareTo(numbers.get(0).value()) == 0);
        return new PeriodValue(ref.period(), value, statements, agree);
    }

    private static List<Statement> statements(List<String> keys, Map<String, StatedFigure> stated) {
        List<Statement> statements = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            StatedFigure f = stated.get(key);
            if (f != null) {
                statements.add(new Statement(key, f.text(), Measure.of(f), f.seedLine()));
            }
        }
        return List.copyOf(statements);
    }

    private static TargetView target(TargetRef ref, List<PeriodValue> values, Map<String, StatedFigure> stated) {
        if (ref == null) {
            return null;
        }
        List<Statement> statements = statements(ref.figures(), stated);
        Measure target = statements.stream().map(Statement::value).filter(Measure::isNumber).findFirst().orElse(null);
        PeriodValue measured = values.stream().filter(v -> Objects.equals(v.period(), ref.period())).findFirst()
                .orElse(values.isEmpty() ? null : values.get(values.size() - 1));
        Boolean reached = null;
        if (target != null && measured != null && measured.value().isNumber()) {
            int cmp = measured.value().value().compareTo(target.value());
            reached = "at-most".equals(ref.direction()) ? cmp <= 0 : cmp >= 0;
        }
        return new TargetView(ref.period(), ref.direction(), target, statements, reached, measured == null ? null : measured.value());
    }

    private static ShareView share(Definition d, Map<String, StatedFigure> stated) {
        if (d.share() == null) {
            return null;
        }
        Measure part = stated.containsKey(d.share().part()) ? Measure.of(stated.get(d.share().part())) : null;
        Measure whole = stated.containsKey(d.share().whole()) ? Measure.of(stated.get(d.share().whole())) : null;
        if (part == null || whole == null || !part.isNumber() || !whole.isNumber() || whole.value().signum() == 0) {
            return new ShareView(d.share().period(), part, whole, null);
        }
        BigDecimal share = part.value().multiply(HUNDRED).divide(whole.value(), 6, RoundingMode.HALF_UP);
        return new ShareView(d.share().period(), part, whole, Measure.computed(share, 1, "percent"));
    }
}
