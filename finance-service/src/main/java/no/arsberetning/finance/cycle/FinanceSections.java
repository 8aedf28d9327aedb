package no.arsberetning.finance.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;
import no.arsberetning.finance.areas.ServiceAreas;
import no.arsberetning.finance.frontmatter.FrontMatter;
import no.arsberetning.finance.frontmatter.TitlePageStore;

import org.springframework.stereotype.Component;

/**
 * The reporting-cycle sections of a year: one per table ({@code table:<key>}, controllers only), the
 * chapter's running text with its figures and fiscal rules ({@code chapter:1}, controllers only), and one
 * per service area ({@code area:<code>}) holding the area's deviation explanation, which the area's
 * reporters submit; last, the report's front matter (title page and foreword, controllers only).
 */
@Component
class FinanceSections implements SectionCatalog {

    private final TableStore tables;
    private final TextStore texts;
    private final TitlePageStore titlePages;

    FinanceSections(TableStore tables, TextStore texts, TitlePageStore titlePages) {
        this.tables = tables;
        this.texts = texts;
        this.titlePages = titlePages;
    }

    @Override
    public List<Section> sections(int year) {
        List<Section> sections = new ArrayList<>();
        for (ReportedTable table : tables.all(year)) {
            String title = table.number() != null ? "Tabell " + table.number() + " " + table.caption() : table.caption();
            sections.add(new Section(table.section(), title, null));
        }
        List<ReportText> all = texts.all(year);
        if (!sections.isEmpty() || all.stream().anyMatch(t -> ChapterSections.CHAPTER_TEXT.equals(t.section()))) {
            sections.add(new Section(ChapterSections.CHAPTER_TEXT, ChapterSections.CHAPTER_TEXT_TITLE, null));
        }
        all.stream()
                .filter(t -> t.area() != null)
                .sorted(Comparator.comparingInt((ReportText t) -> ServiceAreas.order(t.area())))
                .forEach(t -> sections.add(new Section(t.section(), t.title(), t.area())));
        if (titlePages.find(year).isPresent()) {
            sections.add(new Section(FrontMatter.SECTION, FrontMatter.SECTION_TITLE, null));
        }
        return List.copyOf(sections);
    }
}
