package no.arsberetning.hr.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;
import no.arsberetning.hr.inspections.InspectionsSection;

import org.springframework.stereotype.Component;

/**
 * The sections of chapter 2's reporting cycle, in the chapter's order: one per table ({@code table:<key>}),
 * then the inspections ({@code inspections}), the figures stated in the text, then any section only a text
 * names. None has a service area, so only controllers submit them (and approve, return, reopen).
 */
@Component
class HrSectionCatalog implements SectionCatalog {

    static final String FIGURES_TITLE = "Tall i kapitlets tekst";

    private final TableStore tables;
    private final TextStore texts;
    private final FigureStore figures;

    HrSectionCatalog(TableStore tables, TextStore texts, FigureStore figures) {
        this.tables = tables;
        this.texts = texts;
        this.figures = figures;
    }

    @Override
    public List<Section> sections(int year) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (ReportedTable table : tables.all(year)) {
            String title = table.number() != null ? "Tabell " + table.number() + " " + table.caption() : table.caption();
            sections.putIfAbsent(table.section(), new Section(table.section(), title, null));
        }
        sections.put(InspectionsSection.KEY, new Section(InspectionsSection.KEY, InspectionsSection.TITLE, null));
        figures.find(year).ifPresent(f -> sections.put(f.section(), new Section(f.section(), FIGURES_TITLE, null)));
        for (ReportText text : texts.all(year)) {
            sections.putIfAbsent(text.section(), new Section(text.section(), text.title(), null));
        }
        return List.copyOf(sections.values());
    }
}
