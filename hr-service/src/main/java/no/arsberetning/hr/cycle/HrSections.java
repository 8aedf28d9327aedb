package no.arsberetning.hr.cycle;

import no.arsberetning.common.tables.StoredSectionCatalog;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sections of chapter 2's reporting cycle, in the chapter's order: one per table ({@code table:<key>}),
 * then the inspections ({@code inspections}), the figures stated in the text ({@code figures}, the core's default
 * section of the figures), then any section only a text names. None has a service
 * area, so only controllers submit them (and approve, return, reopen).
 */
@Configuration(proxyBeanMethods = false)
class HrSections {

    static final Section FIGURES = new Section("figures", "Tall i kapitlets tekst", null);

    @Bean
    SectionCatalog hrSectionCatalog(TableStore tables, TextStore texts) {
        return new StoredSectionCatalog(tables, texts).controllersOnly()
                .withSectionsAfterTables(new Section(InspectionsSection.KEY, InspectionsSection.TITLE, null), FIGURES);
    }
}
