package no.arsberetning.hr.inspections;

import java.util.List;

import jakarta.validation.Valid;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.hr.cycle.InspectionsSection;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/hr/{year}/inspections}: readers list and read (with ETag); only controllers create and
 * correct (chapter 2 is theirs, brief § 2), with If-Match, while the section «inspections» is open.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/inspections")
class InspectionsController {

    private final InspectionStore inspections;
    private final SectionWorkflow workflow;

    InspectionsController(InspectionStore inspections, SectionWorkflow workflow) {
        this.inspections = inspections;
        this.workflow = workflow;
    }

    @GetMapping
    List<Inspection> list(@PathVariable int year) {
        return inspections.all(year);
    }

    @GetMapping("/{key}")
    ResponseEntity<Inspection> one(@PathVariable int year, @PathVariable String key) {
        Inspection inspection = inspections.get(year, key);
        return ResponseEntity.ok().eTag(ETags.of(inspection.version())).body(inspection);
    }

    @PostMapping
    @PreAuthorize("hasRole('controller')")
    ResponseEntity<Inspection> create(@PathVariable int year, @Valid @RequestBody InspectionRequest request,
            Authentication who) {
        workflow.requireEditable(year, InspectionsSection.KEY);
        Inspection created = inspections.create(year, request, who.getName());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{key}")
    @PreAuthorize("hasRole('controller')")
    ResponseEntity<Inspection> update(@PathVariable int year, @PathVariable String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody InspectionRequest edit, Authentication who) {
        Inspection inspection = inspections.get(year, key);
        ETags.requireMatch(ifMatch, inspection.version());
        workflow.requireEditable(year, InspectionsSection.KEY);
        Inspection changed = inspections.update(inspection, edit, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
    }
}
