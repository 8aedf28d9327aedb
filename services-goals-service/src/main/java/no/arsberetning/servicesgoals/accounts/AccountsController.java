package no.arsberetning.servicesgoals.accounts;

import java.util.List;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.security.AreaAccess;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.servicesgoals.areas.AreaRegister;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating accounts per service area ({@code GET /{year}/accounts}, for people and for the gateway's
 * comparison with table 1.2) and the explanation of each area's deviation, which the area's reporters
 * and controllers write. {@code {area}} may be the code, the name or any alias.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/accounts")
class AccountsController {

    private final Accounts accounts;
    private final AreaRegister register;
    private final TextStore texts;
    private final SectionWorkflow workflow;

    AccountsController(Accounts accounts, AreaRegister register, TextStore texts, SectionWorkflow workflow) {
        this.accounts = accounts;
        this.register = register;
        this.texts = texts;
        this.workflow = workflow;
    }

    @GetMapping
    List<AreaAccount> all(@PathVariable int year) {
        return accounts.all(year);
    }

    @GetMapping("/{area}")
    AreaAccount one(@PathVariable int year, @PathVariable String area) {
        String code = register.require(area);
        return accounts.of(year, code)
                .orElseThrow(() -> new NoSuchElementException("Ingen driftsregnskap for «" + code + "» i " + year + "."));
    }

    @GetMapping("/{area}/explanation")
    ResponseEntity<ReportText> explanation(@PathVariable int year, @PathVariable String area) {
        ReportText text = texts.get(year, Accounts.explanationKey(register.require(area)));
        return ResponseEntity.ok().eTag(ETags.of(text.version())).body(text);
    }

    /** Replaces the explanation; the area's reporters and controllers only, If-Match, while the area's section is open. */
    @PutMapping("/{area}/explanation")
    ResponseEntity<ReportText> explain(@PathVariable int year, @PathVariable String area,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Explanation body, Authentication who) {
        String code = register.require(area);
        AreaAccess.requireWrite(who, code);
        ReportText text = texts.get(year, Accounts.explanationKey(code));
        ETags.requireMatch(ifMatch, text.version());
        workflow.requireEditable(year, text.section());
        ReportText changed = texts.update(text, body.html(), who.getName());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
    }

    record Explanation(@NotNull(message = "Oppgi forklaringen (html).")
            @Size(max = 20000, message = "Forklaringen kan være på høyst 20 000 tegn.") String html) {
    }
}
