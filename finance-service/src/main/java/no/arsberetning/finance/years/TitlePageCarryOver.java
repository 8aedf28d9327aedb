package no.arsberetning.finance.years;

import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.Opening;
import no.arsberetning.finance.frontmatter.TitlePage;
import no.arsberetning.finance.frontmatter.TitlePageStore;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The title page: the municipality, its name in another language and who issues the report stay; the title's year
 * moves («Årsberetning 2024»); the printed date and edition are the new year's to set. (The foreword is a text, and
 * starts empty like every text.)
 */
@Component
@Order(0)
class TitlePageCarryOver implements CarryOver {

    private final TitlePageStore pages;

    TitlePageCarryOver(TitlePageStore pages) {
        this.pages = pages;
    }

    @Override
    public String kind() {
        return "titlePage";
    }

    @Override
    public int carry(Opening opening) {
        return pages.find(opening.from()).map(page -> {
            pages.createIfAbsent(new TitlePage(TitlePage.idOf(opening.year()), opening.year(), page.municipality(),
                    page.municipalityAlt(), page.municipalityAltLang(), opening.advance(page.title()), page.issuedBy(), null,
                    null, opening.provenance(), null));
            return 1;
        }).orElse(0);
    }
}
