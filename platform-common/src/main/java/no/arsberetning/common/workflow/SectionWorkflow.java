package no.arsberetning.common.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.security.AreaAccess;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.security.Roles;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * DRAFT → SUBMITTED → APPROVED, with RETURNED (and a comment) back to the reporter (brief § 5). A
 * reporter submits the sections of the areas in the token; a controller submits anything and approves,
 * returns or reopens. Every step is audited; a step from the wrong state is a 409.
 */
public class SectionWorkflow {

    private static final String ENTITY = "section";

    private final MongoOperations mongo;
    private final SectionCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    public SectionWorkflow(MongoOperations mongo, SectionCatalog catalog, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SectionView> overview(int year) {
        Map<String, SectionState> states = mongo.find(PerYear.of(year), SectionState.class)
                .stream().collect(Collectors.toMap(SectionState::section, Function.identity()));
        return catalog.sections(year).stream()
                .map(s -> SectionView.of(s, states.getOrDefault(s.key(), SectionState.initial(year, s.key()))))
                .toList();
    }

    public SectionState state(int year, String sectionKey) {
        SectionState state = mongo.findById(SectionState.idOf(year, sectionKey), SectionState.class);
        return state != null ? state : SectionState.initial(year, sectionKey);
    }

    /** Throws 409 unless the section's data may be changed now. */
    public void requireEditable(int year, String sectionKey) {
        SectionState state = state(year, sectionKey);
        if (!state.status().editable()) {
            throw new WorkflowConflictException("Seksjonen «" + sectionKey + "» er " + state.status().label().toLowerCase()
                    + " og kan ikke endres. En kontroller kan åpne den igjen.");
        }
    }

    public SectionState submit(int year, String sectionKey, Authentication who) {
        Section section = section(year, sectionKey);
        if (section.area() != null) {
            AreaAccess.requireWrite(who, section.area());
        } else {
            requireController(who);
        }
        return move(year, section, Set.of(SectionStatus.DRAFT, SectionStatus.RETURNED), SectionStatus.SUBMITTED, null, who);
    }

    public SectionState approve(int year, String sectionKey, Authentication who) {
        requireController(who);
        return move(year, section(year, sectionKey), Set.of(SectionStatus.SUBMITTED), SectionStatus.APPROVED, null, who);
    }

    public SectionState returnToReporter(int year, String sectionKey, String comment, Authentication who) {
        requireController(who);
        return move(year, section(year, sectionKey), Set.of(SectionStatus.SUBMITTED), SectionStatus.RETURNED, comment, who);
    }

    public SectionState reopen(int year, String sectionKey, Authentication who) {
        requireController(who);
        return move(year, section(year, sectionKey), Set.of(SectionStatus.SUBMITTED, SectionStatus.APPROVED),
                SectionStatus.DRAFT, null, who);
    }

    private SectionState move(int year, Section section, Set<SectionStatus> from, SectionStatus to, String comment,
            Authentication who) {
        SectionState before = state(year, section.key());
        if (!from.contains(before.status())) {
            throw new WorkflowConflictException("«" + section.title() + "» er " + before.status().label().toLowerCase()
                    + " og kan ikke settes til «" + to.label().toLowerCase() + "».");
        }
        SectionState after;
        try {
            after = mongo.save(new SectionState(before.id(), year, section.key(), to, comment, who.getName(),
                    clock.instant(), before.version()));
        } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
            throw new WorkflowConflictException("«" + section.title() + "» ble endret av noen andre samtidig. Prøv igjen.");
        }
        audit.record(who.getName(), to.name().toLowerCase(), ENTITY, before.id(), before, after);
        return after;
    }

    private Section section(int year, String key) {
        return catalog.find(year, key)
                .orElseThrow(() -> new NoSuchElementException("Ukjent seksjon «" + key + "» for " + year + "."));
    }

    private static void requireController(Authentication who) {
        boolean controller = who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(KeycloakAuthorities.ROLE_PREFIX + Roles.CONTROLLER));
        if (!controller) {
            throw new AccessDeniedException("Bare en kontroller kan gjøre dette.");
        }
    }

    /** A section with its state, as listed to people. */
    public record SectionView(String key, String title, String area, SectionStatus status, String statusLabel,
            String comment, String changedBy, Instant changedAt) {

        static SectionView of(Section section, SectionState state) {
            return new SectionView(section.key(), section.title(), section.area(), state.status(),
                    state.status().label(), state.comment(), state.changedBy(), state.changedAt());
        }
    }
}
