package no.arsberetning.common.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;

/**
 * The sections the year's tables and texts name, in that order, each titled after the first of them;
 * the default catalogue. A service whose chapter has more (inspections, say) names those to come after
 * the tables, and one whose sections are all the controllers' drops the areas.
 */
public class StoredSectionCatalog implements SectionCatalog {

    private final TableStore tables;
    private final TextStore texts;
    private final List<Section> afterTables;
    private final boolean controllersOnly;

    public StoredSectionCatalog(TableStore tables, TextStore texts) {
        this(tables, texts, List.of(), false);
    }

    private StoredSectionCatalog(TableStore tables, TextStore texts, List<Section> afterTables, boolean controllersOnly) {
        this.tables = tables;
        this.texts = texts;
        this.afterTables = afterTables;
        this.controllersOnly = controllersOnly;
    }

    /** The same, with sections of the service's own between the tables' and the texts'. */
    public StoredSectionCatalog withSectionsAfterTables(Section... sections) {
        return new StoredSectionCatalog(tables, texts, List.of(sections), controllersOnly);
    }

    /** The same, with no section belonging to a service area: only controllers submit them. */
    public StoredSectionCatalog controllersOnly() {
        return new StoredSectionCatalog(tables, texts, afterTables, true);
    }

    @Override
    public List<Section> sections(int year) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (ReportedTable table : tables.all(year)) {
            String area = table.areas() != null && table.areas().size() == 1 ? table.areas().get(0) : null;
            String title = table.number() != null ? "Tabell " + table.number() + " " + table.caption() : table.caption();
            sections.putIfAbsent(table.section(), new Section(table.section(), title, area(area)));
        }
        afterTables.forEach(section -> sections.put(section.key(), section));
        for (ReportText text : texts.all(year)) {
            sections.putIfAbsent(text.section(), new Section(text.section(), text.title(), area(text.area())));
        }
        return List.copyOf(sections.values());
    }

    private String area(String area) {
        return controllersOnly ? null : area;
    }
}
