package no.arsberetning.gateway.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.tables.ProvenanceEntries;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** What every domain service offers the gateway (brief § 9), relative to its API prefix. */
public interface ServiceApi {

    @GetExchange("/{year}/report")
    Mono<ReportDocument> report(@PathVariable int year);

    @GetExchange("/{year}/checks")
    Mono<List<Finding>> checks(@PathVariable int year);

    /** The figures the service declares for comparison with other services' chapters. */
    @GetExchange("/{year}/checks/figures")
    Mono<List<SharedFigure>> sharedFigures(@PathVariable int year);

    @PostExchange("/{year}/releases")
    Mono<ReleasePart> freeze(@PathVariable int year, @RequestBody FreezeRequest request);

    /** The service's releases of a year, without their content. */
    @GetExchange("/{year}/releases")
    Mono<List<ReleasePart>> releases(@PathVariable int year);

    @GetExchange("/{year}/releases/{number}")
    Mono<ReleasePart> release(@PathVariable int year, @PathVariable int number);

    /** The reporting cycle's sections of a year with their status. */
    @GetExchange("/{year}/sections")
    Mono<List<SectionView>> sections(@PathVariable int year);

    /** One stored table: structure, cells and the service area of each row. */
    @GetExchange("/{year}/tables/{key}")
    Mono<StoredTable> table(@PathVariable int year, @PathVariable String key);

    record FreezeRequest(int number, String idempotencyKey, String overrideReason, List<String> missingRequired) {
    }

    record SectionView(String key, String title, String area, String status, String statusLabel, String comment,
            String changedBy, Instant changedAt) {
    }

    record StoredTable(String key, String number, String caption, String unit, String signConvention,
            List<StoredColumn> columns, List<StoredRow> rows, Provenance provenance, Map<String, Provenance> editedCells) {

        public StoredTable(String key, String number, String caption, String unit, String signConvention,
                List<StoredColumn> columns, List<StoredRow> rows) {
            this(key, number, caption, unit, signConvention, columns, rows, null, Map.of());
        }

        /** Where a cell's number came from, as the report document says it (null when not recorded). */
        public ProvenanceEntry provenanceOf(StoredRow row, int column) {
            Provenance own = editedCells == null || column < 0 || column >= columns.size() ? null
                    : editedCells.get(row.key() + "/" + columns.get(column).key());
            return ProvenanceEntries.of(own != null ? own : provenance);
        }

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
