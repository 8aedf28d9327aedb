package no.arsberetning.servicesgoals.cycle;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;
import no.arsberetning.servicesgoals.areas.AreaIndex;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.areas.AreaSections;
import no.arsberetning.servicesgoals.goals.Goals;
import no.arsberetning.servicesgoals.goals.PeriodGoal;

import org.springframework.stereotype.Component;

/**
 * The sections of a year's reporting cycle: one per service area that has accounts, goals or texts
 * ({@code area:<code>}, titled with the area's name, submitted by its reporters), then one per
 * controller-owned table, and the figures stated in the texts. {@code area:<name>} finds the area's section by any of its names, so a
 * reporter naming another area by an alias gets 403, not 404.
 */
@Component
class AreaSectionCatalog implements SectionCatalog {

    static final String FIGURES_TITLE = "Tall i tekstene";

    private final AreaRegister register;
    private final TableStore tables;
    private final TextStore texts;
    private final Goals goals;
    private final FigureStore figures;

    AreaSectionCatalog(AreaRegister register, TableStore tables, TextStore texts, Goals goals, FigureStore figures) {
        this.register = register;
        this.tables = tables;
        this.texts = texts;
        this.goals = goals;
        this.figures = figures;
    }

    @Override
    public List<Section> sections(int year) {
        AreaIndex index = register.index();
        List<ReportedTable> yearTables = tables.all(year);
        List<ReportText> yearTexts = texts.all(year);
        Set<String> areas = new LinkedHashSet<>();
        yearTables.stream().map(ReportedTable::section).filter(s -> s.startsWith(AreaSections.AREA_PREFIX))
                .forEach(s -> areas.add(s.substring(AreaSections.AREA_PREFIX.length())));
        goals.all(year).stream().map(PeriodGoal::areas).forEach(areas::addAll);
        yearTexts.stream().map(ReportText::area).filter(a -> a != null).forEach(areas::add);

        Map<String, Section> sections = new LinkedHashMap<>();
        index.all().stream().filter(a -> areas.contains(a.code()))
                .forEach(a -> sections.put(AreaSections.of(a.code()), new Section(AreaSections.of(a.code()), a.name(), a.code())));
        areas.stream().filter(a -> !sections.containsKey(AreaSections.of(a)))
                .forEach(a -> sections.put(AreaSections.of(a), new Section(AreaSections.of(a), a, a)));
        for (ReportedTable table : yearTables) {
            String title = table.number() != null ? "Tabell " + table.number() + " " + table.caption() : table.caption();
            sections.putIfAbsent(table.section(), new Section(table.section(), title, null));
        }
        for (ReportText text : yearTexts) {
            sections.putIfAbsent(text.section(), new Section(text.section(), text.title(), text.area()));
        }
        figures.find(year).ifPresent(f -> sections.putIfAbsent(f.section(), new Section(f.section(), FIGURES_TITLE, null)));
        return List.copyOf(sections.values());
    }

    @Override
    public Optional<Section> find(int year, String key) {
        String wanted = key;
        if (key.startsWith(AreaSections.AREA_PREFIX)) {
            wanted = register.index().resolve(key.substring(AreaSections.AREA_PREFIX.length()))
                    .map(AreaSections::of).orElse(key);
        }
        String canonical = wanted;
        return sections(year).stream().filter(s -> s.key().equals(canonical)).findFirst();
    }
}
