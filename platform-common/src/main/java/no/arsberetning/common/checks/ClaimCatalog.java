package no.arsberetning.common.checks;

import java.util.List;
import java.util.Optional;

import no.arsberetning.common.report.Finding;

/** A group of rules written as {@link Claim}s about the chapter's printed places. */
public abstract class ClaimCatalog implements CheckRule {

    /** The claims for this chapter; built from its data where they follow its tables' structure. */
    public abstract List<Claim> claims(ChapterData data);

    @Override
    public List<Finding> check(ChapterData data) {
        return claims(data).stream().map(c -> c.check(data)).flatMap(Optional::stream).toList();
    }
}
