package no.arsberetning.common.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;

/** The default sections: those the year's tables and texts name, titled after the first of them. */
class StoredSectionCatalog implements SectionCatalog {

    private final TableStore tables;
    private final TextStore texts;

    StoredSectionCatalog(TableStore tables, TextStore texts) {
        this.tables = tables;
        this.texts = texts;
    }

    @Override
    public List<Section> sections(int year) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (ReportedTable table : tables.all(year)) {
            String area = table.areas() != null && table.areas().size() == 1 ? table.areas().get(0) : null;
            String title = table.number() != null ? "Tabell " + table.number() + " " + table.caption() : table.caption();
            sections.putIfAbsent(table.section(), new Section(table.section(), title, area));
        }
        for (ReportText text : texts.all(year)) {
            sections.putIfAbsent(text.section(), new Section(text.section(), text.title(), text.area()));
        }
        return List.copyOf(sections.values());
    }
}
