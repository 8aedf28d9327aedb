package no.arsberetning.climate.investments;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.climate.cycle.Documents;
import no.arsberetning.climate.investments.InvestmentsView.FinanceLine;
import no.arsberetning.climate.investments.InvestmentsView.Line;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;
import no.arsberetning.common.report.MissingReason;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** The year's climate investments: stored once per year, read with deviation and totals, changed with locking. */
@Component
public class InvestmentStore {

    static final String ENTITY = "climate-investments";
    static final String SIGN_CONVENTION = "Avvik = budsjett − regnskap. Positivt tall er mindreforbruk, negativt merforbruk "
            + "(som tabell 1.4).";
    static final FinanceLine FINANCE_LINE = new FinanceLine("finance", "/api/finance/{year}/tables/1.4", "1.4",
            "Klimainvesteringer");

    private final MongoOperations mongo;
    private final AuditTrail audit;

    InvestmentStore(MongoOperations mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    public Optional<ClimateInvestments> find(int year) {
        return Optional.ofNullable(mongo.findById(ClimateInvestments.idOf(year), ClimateInvestments.class));
    }

    public ClimateInvestments get(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("Ingen klimainvesteringer for " + year + "."));
    }

    public Optional<InvestmentsView> view(int year) {
        return find(year).map(InvestmentStore::read);
    }

    public boolean createIfAbsent(ClimateInvestments investments) {
        Optional<ClimateInvestments> created = Documents.insertIfAbsent(mongo, investments.id(), investments);
        created.ifPresent(i -> audit.record(i.provenance().by(), "create", ENTITY, i.id(), null, i));
        return created.isPresent();
    }

    ClimateInvestments replace(ClimateInvestments before, ClimateInvestments after, String actor) {
        ClimateInvestments saved = Versioned.save(mongo, after);
        audit.record(actor, "update", ENTITY, before.id(), before, saved);
        return saved;
    }

    static InvestmentsView read(ClimateInvestments i) {
        List<Line> lines = i.measures().stream().map(m -> line(m, i.unit())).toList();
        int withoutAmounts = (int) lines.stream().filter(l -> !l.budget().isNumber() || !l.actual().isNumber()).count();
        return new InvestmentsView(i.year(), i.unit(), SIGN_CONVENTION, lines,
                total(lines.stream().map(Line::budget).toList(), i.unit()), total(lines.stream().map(Line::actual).toList(), i.unit()),
                total(lines.stream().map(Line::deviation).toList(), i.unit()), withoutAmounts, i.statement(), FINANCE_LINE,
                i.provenance(), i.version());
    }

    private static Line line(ClimateInvestments.InvestmentMeasure m, String unit) {
        Measure budget = Measure.of(m.budget(), unit);
        Measure actual = Measure.of(m.actual(), unit);
        Measure deviation = budget.isNumber() && actual.isNumber()
                ? Measure.computed(budget.value().subtract(actual.value()),
                        Math.max(0, Math.max(budget.value().scale(), actual.value().scale())), unit)
                : Measure.missing(MissingReason.NOT_REPORTED, unit);
        return new Line(m.key(), m.name(), budget, actual, deviation, m.comment());
    }

    /** The sum, only when every term is a number: a partial sum would look like a total and is not one. */
    private static Measure total(List<Measure> terms, String unit) {
        if (terms.isEmpty() || terms.stream().anyMatch(t -> !t.isNumber())) {
            return null;
        }
        BigDecimal sum = terms.stream().map(Measure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = terms.stream().mapToInt(t -> Math.max(0, t.value().scale())).max().orElse(0);
        return Measure.computed(sum, scale, unit);
    }
}
