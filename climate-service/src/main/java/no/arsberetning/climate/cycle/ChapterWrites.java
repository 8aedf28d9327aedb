package no.arsberetning.climate.cycle;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one gate every write of the chapter's own documents passes, in this order: the person is a
 * controller (403), {@code If-Match} names the current version (428 without, 412 when stale), and the
 * section is open for changes (409 when submitted or approved).
 */
@Component
public class ChapterWrites {

    private final SectionWorkflow workflow;

    ChapterWrites(SectionWorkflow workflow) {
        this.workflow = workflow;
    }

    public void check(Authentication who, int year, String section, String ifMatch, long currentVersion) {
        if (!WritePolicy.isController(who)) {
            throw new AccessDeniedException("Bare en kontroller kan endre klimabudsjettet (kapittel 3).");
        }
        ETags.requireMatch(ifMatch, currentVersion);
        workflow.requireEditable(year, section);
    }
}
