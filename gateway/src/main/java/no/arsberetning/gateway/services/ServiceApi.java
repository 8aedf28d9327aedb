package no.arsberetning.gateway.services;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.dashboard.DashboardPart;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.Table;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** What every domain service offers the gateway (brief § 9), relative to its API prefix. */
public interface ServiceApi {

    @GetExchange("/{year}/report")
    Mono<ReportDocument> report(@PathVariable int year);

    /**
     * How far the service's data of a year has come: the {@code ETag} of its report (a versioned read), answered
     * {@code 304} without a body while it is still {@code known}.
     */
    @GetExchange("/{year}/report")
    Mono<ResponseEntity<Void>> version(@PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String known);

    @GetExchange("/{year}/checks")
    Mono<List<Finding>> checks(@PathVariable int year);

    /** The figures the service declares for comparison with other services' chapters. */
    @GetExchange("/{year}/checks/figures")
    Mono<List<SharedFigure>> sharedFigures(@PathVariable int year);

    @PostExchange("/{year}/releases")
    Mono<ReleasePart> freeze(@PathVariable int year, @RequestBody FreezeRequest request);

    /** The release number for a publishing's key: atomic and idempotent in the service's database. */
    @PostExchange("/{year}/releases/numbers")
    Mono<NumberGiven> releaseNumber(@PathVariable int year, @RequestBody NumberRequest request);

    /** The service's releases of a year, without their content. */
    @GetExchange("/{year}/releases")
    Mono<List<ReleasePart>> releases(@PathVariable int year);

    @GetExchange("/{year}/releases/{number}")
    Mono<ReleasePart> release(@PathVariable int year, @PathVariable int number);

    /** The service's parts of the staff overview. */
    @GetExchange("/{year}/dashboard")
    Mono<DashboardPart> dashboard(@PathVariable int year);

    /** The reporting cycle's sections of a year with their status. */
    @GetExchange("/{year}/sections")
    Mono<List<SectionView>> sections(@PathVariable int year);

    /** One stored table: structure, cells and the service area of each row. */
    @GetExchange("/{year}/tables/{key}")
    Mono<StoredTable> table(@PathVariable int year, @PathVariable String key);

    record FreezeRequest(int number, String idempotencyKey, String overrideReason, List<String> missingRequired) {
    }

    record NumberRequest(String idempotencyKey) {
    }

    record NumberGiven(int number, String idempotencyKey) {
    }

    record SectionView(String key, String title, String area, String status, String statusLabel, String comment,
            String changedBy, Instant changedAt) {
    }

    /** A stored table as the cross-service checks read it: structure, cells and the service area of each row. */
    record StoredTable(String key, String number, String caption, String unit, String signConvention,
            List<StoredColumn> columns, List<StoredRow> rows) {

        /** The index of the first column whose printed label starts with the text (case ignored), or -1. */
        public int column(String labelStart) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).label().toLowerCase(java.util.Locale.ROOT).startsWith(labelStart.toLowerCase(java.util.Locale.ROOT))) {
                    return i;
                }
            }
            return -1;
        }
    }

    record StoredColumn(String key, String label, String type) {
    }

    record StoredRow(String key, String label, String kind, String area, List<Table.Cell> cells) {
    }

    /** A service's part of a release, as the service stores it. */
    record ReleasePart(int number, String idempotencyKey, Instant publishedAt, String publishedBy, String overrideReason,
            List<String> notApproved, List<String> missingRequired, String contentHash, ReportDocument report) {

        /** The missing statutory items recorded with the part (none for parts frozen before they were recorded). */
        public List<String> missingRequired() {
            return missingRequired == null ? List.of() : missingRequired;
        }
    }
}
