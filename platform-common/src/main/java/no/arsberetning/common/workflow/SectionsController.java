package no.arsberetning.common.workflow;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reporting cycle over HTTP: {@code <prefix>/{year}/sections}. */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/sections")
class SectionsController {

    private final SectionWorkflow workflow;

    SectionsController(SectionWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping
    List<SectionWorkflow.SectionView> sections(@PathVariable int year) {
        return workflow.overview(year);
    }

    @PostMapping("/{section}/submit")
    SectionState submit(@PathVariable int year, @PathVariable String section, Authentication who) {
        return workflow.submit(year, section, who);
    }

    @PostMapping("/{section}/approve")
    SectionState approve(@PathVariable int year, @PathVariable String section, Authentication who) {
        return workflow.approve(year, section, who);
    }

    @PostMapping("/{section}/return")
    SectionState returnToReporter(@PathVariable int year, @PathVariable String section,
            @Valid @RequestBody ReturnRequest request, Authentication who) {
        return workflow.returnToReporter(year, section, request.comment(), who);
    }

    @PostMapping("/{section}/reopen")
    SectionState reopen(@PathVariable int year, @PathVariable String section, Authentication who) {
        return workflow.reopen(year, section, who);
    }

    record ReturnRequest(@NotBlank(message = "Skriv hva rapportøren må rette.") @Size(max = 4000) String comment) {
    }
}
