package no.arsberetning.common.years;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.workflow.SectionCatalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a year from an earlier one in this service: tables, texts and what the service carries of its own
 * ({@link CarryOver}), every section in draft (a new year has no section states), the earlier year untouched.
 * Idempotent: the same call again answers what the first did; an opening that stopped half way is finished by the
 * next call, since every step creates only what is missing. A year opened from another year, or one that holds data
 * it was not opened with, is a conflict.
 */
public class YearOpener {

    private static final Logger log = LoggerFactory.getLogger(YearOpener.class);

    private final OpenedYears openings;
    private final ReportingYears years;
    private final TableStore tables;
    private final PriorYears priors;
    private final List<CarryOver> carryOvers;
    private final SectionCatalog sections;
    private final AuditTrail audit;
    private final Clock clock;

    public YearOpener(OpenedYears openings, ReportingYears years, TableStore tables, PriorYears priors,
            List<CarryOver> carryOvers, SectionCatalog sections, AuditTrail audit, Clock clock) {
        this.openings = openings;
        this.years = years;
        this.tables = tables;
        this.priors = priors;
        this.carryOvers = List.copyOf(carryOvers);
        this.sections = sections;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome: the year as opened, and whether this call opened it (false: it was open already). */
    public record Result(OpenedYear year, boolean openedNow) {
    }

    public Result open(int year, int from, String actor) {
        OpenedYear existing = openings.find(year).orElse(null);
        if (existing != null && existing.from() != from) {
            throw new YearConflictException(YearConflictException.OTHER_FROM,
                    year + " er allerede åpnet fra " + existing.from() + ", ikke fra " + from + ".");
        }
        if (existing != null && existing.isOpen()) {
            return new Result(existing, false);
        }
        if (!holds(from)) {
            throw new YearConflictException(YearConflictException.FROM_MISSING,
                    "Det finnes ingen data for " + from + " å åpne " + year + " fra.");
        }
        if (existing == null && holds(year)) {
            throw new YearConflictException(YearConflictException.HAS_DATA,
                    year + " har allerede data som ikke er åpnet fra " + from + ".");
        }
        OpenedYear started = openings.start(OpenedYear.started(year, from, actor, clock.instant()));
        if (started.from() != from) {
            throw new YearConflictException(YearConflictException.OTHER_FROM,
                    year + " er allerede åpnet fra " + started.from() + ", ikke fra " + from + ".");
        }
        if (started.isOpen()) {
            return new Result(started, false);
        }
        PriorYear prior = priors.of(from);
        Opening opening = new Opening(year, from, started.openedBy(), started.startedAt(), prior);
        Map<String, Integer> created = new LinkedHashMap<>();
        for (CarryOver carryOver : carryOvers) {
            created.merge(carryOver.kind(), carryOver.carry(opening), Integer::sum);
        }
        created.put("sections", sections.sections(year).size());
        years.register(year, actor, "Åpnet fra " + from);
        OpenedYear finished = openings.finish(started.finished(prior.release(), created, clock.instant()));
        audit.record(actor, "open-year", "year", String.valueOf(year), null, finished);
        log.info("{} er åpnet fra {} ({}): {}", year, from, prior.describe(), created);
        return new Result(finished, true);
    }

    private boolean holds(int year) {
        return tables.hasAny(year) || years.all().stream().anyMatch(y -> y.year() == year);
    }
}
