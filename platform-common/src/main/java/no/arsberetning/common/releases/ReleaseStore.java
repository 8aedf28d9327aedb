package no.arsberetning.common.releases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

import tools.jackson.databind.ObjectMapper;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.workflow.SectionStatus;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.common.workflow.WorkflowConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Freezes the service's report into numbered releases. Idempotent: the same number with the same key
 * returns the existing release; the same number with another key is a conflict. Releases are only ever
 * inserted, and only when every {@link ReleaseGuard} allows it.
 */
public class ReleaseStore {

    private final MongoOperations mongo;
    private final ChapterReport report;
    private final SectionWorkflow workflow;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<ReleaseGuard> guards;

    public ReleaseStore(MongoOperations mongo, ChapterReport report, SectionWorkflow workflow, AuditTrail audit,
            ObjectMapper json, Clock clock) {
        this(mongo, report, workflow, audit, json, clock, List.of());
    }

    public ReleaseStore(MongoOperations mongo, ChapterReport report, SectionWorkflow workflow, AuditTrail audit,
            ObjectMapper json, Clock clock, List<ReleaseGuard> guards) {
        this.mongo = mongo;
        this.report = report;
        this.workflow = workflow;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.guards = List.copyOf(guards);
    }

    public ServiceRelease freeze(int year, int number, String idempotencyKey, String overrideReason,
            List<String> missingRequired, String publishedBy) {
        ServiceRelease existing = mongo.findById(ServiceRelease.idOf(year, number), ServiceRelease.class);
        if (existing != null) {
            return sameRequest(existing, idempotencyKey);
        }
        guards.forEach(guard -> guard.requirePublishable(year));
        ReportDocument frozen = report.published(year);
        List<String> notApproved = workflow.overview(year).stream()
                .filter(s -> s.status() != SectionStatus.APPROVED)
                .map(SectionWorkflow.SectionView::key)
                .toList();
        ServiceRelease release = new ServiceRelease(ServiceRelease.idOf(year, number), year, number, idempotencyKey,
                clock.instant(), publishedBy, overrideReason, notApproved,
                missingRequired == null ? List.of() : List.copyOf(missingRequired), hash(frozen), frozen);
        try {
            mongo.insert(release);
        } catch (DuplicateKeyException raced) {
            return sameRequest(mongo.findById(release.id(), ServiceRelease.class), idempotencyKey);
        }
        audit.record(publishedBy, "publish", "release", release.id(), null, summary(release));
        return release;
    }

    public List<ServiceRelease> all(int year) {
        Query query = PerYear.of(year).with(Sort.by("number"));
        query.fields().exclude("report");
        return mongo.find(query, ServiceRelease.class);
    }

    /** Every year's releases, without their content, oldest first. */
    public List<ServiceRelease> all() {
        Query query = new Query().with(Sort.by("year", "number"));
        query.fields().exclude("report");
        return mongo.find(query, ServiceRelease.class);
    }

    public ServiceRelease get(int year, int number) {
        ServiceRelease release = mongo.findById(ServiceRelease.idOf(year, number), ServiceRelease.class);
        if (release == null) {
            throw new NoSuchElementException("Ingen utgivelse " + number + " for " + year + ".");
        }
        return release;
    }

    private static ServiceRelease sameRequest(ServiceRelease existing, String idempotencyKey) {
        if (!existing.idempotencyKey().equals(idempotencyKey)) {
            throw new WorkflowConflictException("Utgivelse " + existing.number() + " for " + existing.year()
                    + " finnes allerede.");
        }
        return existing;
    }

    private String hash(ReportDocument document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(document)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceRelease summary(ServiceRelease release) {
        return new ServiceRelease(release.id(), release.year(), release.number(), release.idempotencyKey(),
                release.publishedAt(), release.publishedBy(), release.overrideReason(), release.notApproved(),
                release.missingRequired(),
                release.contentHash(), null);
    }
}
