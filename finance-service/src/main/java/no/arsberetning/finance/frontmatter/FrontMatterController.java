package no.arsberetning.finance.frontmatter;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
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
 * {@code GET /api/finance/{year}/front-matter} (readers): the title page (with its ETag) and the foreword;
 * {@code PUT …/front-matter/title-page} with If-Match: controllers only, while the section is editable.
 * The foreword is written through the texts endpoint like every other text.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/front-matter")
class FrontMatterController {

    private final TitlePageStore pages;
    private final TextStore texts;
    private final SectionWorkflow workflow;

    FrontMatterController(TitlePageStore pages, TextStore texts, SectionWorkflow workflow) {
        this.pages = pages;
        this.texts = texts;
        this.workflow = workflow;
    }

    @GetMapping
    ResponseEntity<FrontMatterView> frontMatter(@PathVariable int year) {
        TitlePage page = pages.get(year);
        ReportText foreword = foreword(year);
        return ResponseEntity.ok().eTag(ETags.of(page.version())).body(new FrontMatterView(page, foreword));
    }

    @PutMapping("/title-page")
    ResponseEntity<TitlePage> updateTitlePage(@PathVariable int year,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TitlePageEdit edit, Authentication who) {
        TitlePage page = pages.get(year);
        if (!WritePolicy.isController(who)) {
            throw new AccessDeniedException("Bare en kontroller kan endre forsiden.");
        }
        ETags.requireMatch(ifMatch, page.version());
        workflow.requireEditable(year, FrontMatter.SECTION);
        TitlePage changed = pages.update(page, edit, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
    }

    private ReportText foreword(int year) {
        try {
            return texts.get(year, FrontMatter.FOREWORD_KEY);
        } catch (NoSuchElementException none) {
            return null;
        }
    }

    /** The title page and the foreword (null when none is written); the ETag is the title page's. */
    record FrontMatterView(TitlePage titlePage, ReportText foreword) {
    }
}
