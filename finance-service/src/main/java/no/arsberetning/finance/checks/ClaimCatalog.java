package no.arsberetning.finance.checks;

import java.util.List;
import java.util.Optional;

import no.arsberetning.common.report.Finding;

/** A group of rules written as {@link Claim}s. */
abstract class ClaimCatalog implements ChapterCheck {

    abstract List<Claim> claims();

    @Override
    public List<Finding> check(ChapterData data) {
        return claims().stream().map(c -> c.check(data)).flatMap(Optional::stream).toList();
    }
}
