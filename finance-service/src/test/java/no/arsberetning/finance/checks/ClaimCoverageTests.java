package no.arsberetning.finance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.finance.support.DemoDataContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule written against named rows, columns and figures — in code or as the demo chapter's claims — can
 * be evaluated on the demo data: a key mistyped would otherwise make it silently check nothing.
 */
class ClaimCoverageTests extends DemoDataContext {

    @Autowired
    TableStore tables;
    @Autowired
    FigureStore figures;
    @Autowired
    List<ClaimCatalog> catalogs;

    @Test
    void everyClaimReadsItsNumbersFromTheDemoChapter() {
        ChapterData data = new ChapterData(2023, tables.all(2023), figures.of(2023), figures.claims(2023));
        List<Claim> claims = catalogs.stream().flatMap(c -> c.claims(data).stream()).toList();
        assertThat(data.claims()).hasSizeGreaterThan(90);
        assertThat(claims).hasSizeGreaterThan(data.claims().size() + 90);
        assertThat(claims).filteredOn(c -> !c.evaluable(data)).extracting(Claim::message).isEmpty();
    }
}
