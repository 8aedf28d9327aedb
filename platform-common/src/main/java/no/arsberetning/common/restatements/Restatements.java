package no.arsberetning.common.restatements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.releases.ReleaseGuard;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.PlatformRule;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.years.OpenedYear;
import no.arsberetning.common.years.OpenedYears;
import no.arsberetning.common.years.PriorYear;
import no.arsberetning.common.years.PriorYears;
import no.arsberetning.common.years.YearLabels;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@value #RULE}: every value of a year opened from an earlier one that restates the earlier year — each cell of a
 * column whose label names the earlier year only, and what a service's {@link RestatedValues} add — against the
 * earlier year's newest release. A difference is an error finding naming table, row, column, the released value with
 * its release and the new value, until a controller accepts it with a recorded reason (then it is info). An
 * unaccepted restatement keeps the year from being published: the gateway refuses, and so does this service's freeze
 * ({@link ReleaseGuard}).
 */
public class Restatements implements PlatformRule, ReleaseGuard {

    public static final String RULE = "prior-year-restated";
    public static final String UNPUBLISHED = "prior-year-unpublished";

    private final MongoOperations mongo;
    private final OpenedYears openings;
    private final PriorYears priors;
    private final TableStore tables;
    private final List<RestatedValues> others;
    private final AuditTrail audit;
    private final Clock clock;

    public Restatements(MongoOperations mongo, OpenedYears openings, PriorYears priors, TableStore tables,
            List<RestatedValues> others, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.openings = openings;
        this.priors = priors;
        this.tables = tables;
        this.others = List.copyOf(others);
        this.audit = audit;
        this.clock = clock;
    }

    /** Every value of the year that differs from what the earlier year published, accepted or not. */
    public List<Restatement> of(int year) {
        OpenedYear opened = openings.find(year).orElse(null);
        if (opened == null) {
            return List.of();
        }
        PriorYear prior = priors.of(opened.from());
        List<Restatement> candidates = new ArrayList<>();
        for (ReportedTable table : tables.all(year)) {
            candidates.addAll(inTable(table, opened.from(), prior));
        }
        others.forEach(o -> candidates.addAll(o.of(opened, prior)));
        Map<String, RestatementAcceptance> accepted = new HashMap<>();
        mongo.find(PerYear.of(year), RestatementAcceptance.class)
                .forEach(a -> accepted.put(a.place(), a));
        List<Restatement> differing = new ArrayList<>();
        for (Restatement r : candidates) {
            if (Values.same(r.released(), r.current())) {
                continue;
            }
            RestatementAcceptance acceptance = accepted.get(r.place());
            differing.add(acceptance != null && acceptance.covers(r)
                    ? r.withAcceptance(new Restatement.Acceptance(acceptance.reason(), acceptance.acceptedBy(),
                            acceptance.acceptedAt()))
                    : r);
        }
        return differing;
    }

    @Override
    public List<Finding> check(int year) {
        OpenedYear opened = openings.find(year).orElse(null);
        if (opened == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        PriorYear prior = priors.of(opened.from());
        if (prior.release() == null) {
            findings.add(new Finding(UNPUBLISHED, Finding.Severity.WARNING, List.of(), List.of(),
                    opened.from() + " har ingen utgivelse: tallene " + year + " gjengir for " + opened.from()
                            + " er hentet fra arbeidsdataene for " + opened.from() + ", ikke fra publiserte tall.",
                    "en utgivelse av " + opened.from(), "ingen utgivelse"));
        }
        for (Restatement r : of(year)) {
            findings.add(finding(year, r));
        }
        return findings;
    }

    /** Refuses to freeze a year with a restatement nobody accepted (409). */
    @Override
    public void requirePublishable(int year) {
        long open = of(year).stream().filter(r -> !r.accepted()).count();
        if (open > 0) {
            throw new UnacceptedRestatementsException(open + " tall i " + year + " avviker fra det som ble publisert for "
                    + openings.find(year).map(OpenedYear::from).map(String::valueOf).orElse("året før")
                    + ", og er ikke godtatt. En kontroller må godta hvert av dem med en begrunnelse før året kan publiseres.");
        }
    }

    /**
     * Records a controller's acceptance of the restatement at a place, with the reason: it holds for the values as
     * they are now. The caller has checked that the person is a controller.
     *
     * @throws NoSuchElementException when the year states nothing at the place that differs from the earlier year
     */
    public Restatement accept(int year, String table, String row, String column, String reason, String actor) {
        String place = Restatement.placeOf(table, row, column);
        Restatement found = of(year).stream().filter(r -> r.place().equals(place)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Ingen verdi i " + year + " avviker fra året før ved «"
                        + place + "»."));
        RestatementAcceptance existing = mongo.findById(RestatementAcceptance.idOf(year, place), RestatementAcceptance.class);
        RestatementAcceptance acceptance = new RestatementAcceptance(RestatementAcceptance.idOf(year, place), year, place,
                found.release(), found.released().text(), found.released().value(), found.current().text(),
                found.current().value(), reason, actor, clock.instant(), existing == null ? null : existing.version());
        mongo.save(acceptance);
        audit.record(actor, "accept-restatement", "restatement", acceptance.id(), existing, acceptance);
        return found.withAcceptance(new Restatement.Acceptance(reason, actor, acceptance.acceptedAt()));
    }

    private static List<Restatement> inTable(ReportedTable table, int from, PriorYear prior) {
        List<Restatement> found = new ArrayList<>();
        int descriptors = firstNumberColumn(table);
        for (int c = descriptors; c < table.columns().size(); c++) {
            String label = table.columns().get(c).label();
            if (!YearLabels.namesEarlierYearOnly(label, from)) {
                continue;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                TableRow row = table.rows().get(r);
                if ("heading".equals(row.kind()) || "note".equals(row.kind())) {
                    continue;
                }
                final int column = c;
                final int rowIndex = r;
                prior.value(table, r, label).ifPresent(v -> found.add(new Restatement(table.key(), table.number(),
                        row.key(), row.label(), table.columns().get(column).key(), label, row.area(), from,
                        Values.of(v.cell()), v.release(), Values.of(table.rows().get(rowIndex).cells().get(column)), null)));
            }
        }
        return found;
    }

    private static int firstNumberColumn(ReportedTable table) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).type() == no.arsberetning.common.tables.TableColumn.ColumnType.NUMBER) {
                return c;
            }
        }
        return 0;
    }

    private static Finding finding(int year, Restatement r) {
        String where = r.table() == null ? "Teksten, «" + r.rowLabel() + "»"
                : (r.tableNumber() == null ? "Tabellen" : "Tabell " + r.tableNumber()) + ", raden «" + r.rowLabel()
                        + "», kolonnen «" + r.columnLabel() + "»";
        String published = r.release() == null ? "arbeidsdataene for " + r.fromYear() + " (ikke publisert)"
                : "utgivelse " + r.release() + " av årsberetningen for " + r.fromYear();
        String message = where + ": " + year + " oppgir " + shown(r.current()) + ", men " + published + " har "
                + shown(r.released()) + ".";
        if (r.accepted()) {
            message += " Godtatt av " + r.acceptance().by() + ": «" + r.acceptance().reason() + "».";
        } else {
            message += " En kontroller må godta endringen med en begrunnelse før " + year + " kan publiseres.";
        }
        return new Finding(RULE, r.accepted() ? Finding.Severity.INFO : Finding.Severity.ERROR,
                r.tableNumber() == null ? List.of() : List.of(r.tableNumber()),
                r.area() == null ? List.of() : List.of(r.area()), message,
                shown(r.released()) + (r.release() == null ? "" : " (utgivelse " + r.release() + ")"), shown(r.current()));
    }

    private static String shown(Restatement.Value v) {
        if (v.text() != null && !v.text().isBlank()) {
            return v.text();
        }
        return v.value() != null ? PrintedNumbers.format(v.value()) : "ingen verdi";
    }
}
