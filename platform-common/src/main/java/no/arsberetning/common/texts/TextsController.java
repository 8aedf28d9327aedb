package no.arsberetning.common.texts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Explanatory texts over HTTP: {@code <prefix>/{year}/texts}. In a year opened from an earlier one each text carries
 * last year's text as {@code startingPoint}, for the writer to start from.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/texts")
class TextsController {

    private final TextStore texts;
    private final SectionWorkflow workflow;
    private final WritePolicy policy;
    private final StartingPoints startingPoints;

    TextsController(TextStore texts, SectionWorkflow workflow, WritePolicy policy, StartingPoints startingPoints) {
        this.texts = texts;
        this.workflow = workflow;
        this.policy = policy;
        this.startingPoints = startingPoints;
    }

    @GetMapping
    List<TextView> list(@PathVariable int year) {
        return StartingPoints.views(texts.all(year), startingPoints, year);
    }

    @GetMapping("/{key}")
    ResponseEntity<TextView> text(@PathVariable int year, @PathVariable String key) {
        ReportText text = texts.get(year, key);
        return ResponseEntity.ok().eTag(ETags.of(text.version())).body(TextView.of(text, startingPoints.of(year, key)));
    }

    @PutMapping("/{key}")
    ResponseEntity<TextView> update(@PathVariable int year, @PathVariable String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TextEdit edit, Authentication who) {
        ReportText text = texts.get(year, key);
        if (!policy.mayWriteText(who, text)) {
            throw new AccessDeniedException("Du kan ikke endre «" + text.title() + "».");
        }
        ETags.requireMatch(ifMatch, text.version());
        workflow.requireEditable(year, text.section());
        ReportText changed = texts.update(text, edit.html(), who.getName());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(TextView.of(changed, startingPoints.of(year, key)));
    }

    record TextEdit(@NotNull(message = "Oppgi teksten.") @Size(max = 20000, message = "Teksten kan være på høyst 20 000 tegn.") String html) {
    }
}
