package no.arsberetning.finance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.tables.ReportTables;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.areas.ServiceAreas;
import no.arsberetning.finance.cycle.ChapterSections;
import no.arsberetning.finance.cycle.ChapterSections.ReportSection;
import no.arsberetning.finance.fiscalrules.FiscalRuleResult;
import no.arsberetning.finance.fiscalrules.FiscalRules;
import no.arsberetning.finance.frontmatter.FrontMatter;
import no.arsberetning.finance.frontmatter.TitlePage;
import no.arsberetning.finance.frontmatter.TitlePageStore;

import org.springframework.stereotype.Component;

/**
 * Chapter 1 Økonomi as a report document ({@code GET /api/finance/{year}/report}): the printed sections
 * in the seed's order, each with its running text (when written) and its tables under their printed
 * numbers; the service areas' deviation explanations (when written) after table 1.2, and the fiscal rules
 * as goals with target, actual and computed status. Tables the layout does not place come last. The
 * document also carries the report's front matter (title page and foreword), which this service owns.
 */
@Component
class FinanceChapterReport implements ChapterReport {

    static final String SOURCE = "finance-service";
    private static final String OTHER_TABLES = "andre-tabeller";

    private final TableStore tables;
    private final TextStore texts;
    private final FiscalRules fiscalRules;
    private final TitlePageStore titlePages;

    FinanceChapterReport(TableStore tables, TextStore texts, FiscalRules fiscalRules, TitlePageStore titlePages) {
        this.tables = tables;
        this.texts = texts;
        this.fiscalRules = fiscalRules;
        this.titlePages = titlePages;
    }

    @Override
    public ReportDocument report(int year) {
        Map<String, ReportedTable> byKey = new LinkedHashMap<>();
        tables.all(year).forEach(t -> byKey.put(t.key(), t));
        if (byKey.isEmpty()) {
            throw new NoSuchElementException("Ingen økonomidata for " + year + ".");
        }
        Map<String, ReportText> textByKey = new LinkedHashMap<>();
        texts.all(year).forEach(t -> textByKey.put(t.key(), t));
        List<ReportDocument.Section> sections = new ArrayList<>();
        for (ReportSection section : ChapterSections.ALL) {
            List<Block> blocks = new ArrayList<>();
            text(textByKey.get(ChapterSections.sectionTextKey(section.id())), false).ifPresent(blocks::add);
            for (String key : section.tables()) {
                Optional.ofNullable(byKey.remove(key)).map(FinanceChapterReport::table).ifPresent(blocks::add);
            }
            if (section.id().equals(ChapterSections.AREA_RESULTS_SECTION)) {
                blocks.addAll(explanations(textByKey));
            }
            if (section.id().equals(ChapterSections.FISCAL_RULES_SECTION)) {
                blocks.addAll(fiscalRules(year, textByKey));
            }
            sections.add(new ReportDocument.Section(section.id(), section.title(), List.copyOf(blocks)));
        }
        if (!byKey.isEmpty()) {
            sections.add(new ReportDocument.Section(OTHER_TABLES, "Andre tabeller",
                    byKey.values().stream().map(FinanceChapterReport::table).toList()));
        }
        return new ReportDocument(SOURCE, year, frontMatter(year, textByKey.get(FrontMatter.FOREWORD_KEY)),
                List.of(new ReportDocument.Chapter(ChapterSections.CHAPTER,
                ChapterSections.CHAPTER_TITLE, List.copyOf(sections))));
    }

    /** The title page and the foreword, as they stand (null when the year has no title page). */
    private ReportDocument.FrontMatter frontMatter(int year, ReportText foreword) {
        return titlePages.find(year).map((TitlePage page) -> new ReportDocument.FrontMatter(page.municipality(),
                page.municipalityAlt(), page.municipalityAltLang(), page.title(), year, page.issuedBy(), page.date(),
                page.versionLabel(), foreword == null ? null : foreword.title(),
                foreword == null || foreword.html() == null || foreword.html().isBlank() ? null : foreword.html()))
                .orElse(null);
    }

    private static Block table(ReportedTable stored) {
        return new Block.TableBlock(ReportTables.of(stored));
    }

    /** The written explanations of the service areas, in the order of table 1.2, each under its title. */
    private static List<Block> explanations(Map<String, ReportText> texts) {
        return texts.values().stream()
                .filter(t -> t.area() != null && t.key().equals(ChapterSections.explanationKey(t.area())))
                .sorted(Comparator.comparingInt((ReportText t) -> ServiceAreas.order(t.area())))
                .map(t -> text(t, true))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<Block> fiscalRules(int year, Map<String, ReportText> texts) {
        List<FiscalRuleResult> results = fiscalRules.evaluate(year);
        List<Goal> goals = results.stream().map(FinanceChapterReport::goal).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Goals(goals));
        results.forEach(r -> text(texts.get(r.explanationKey()), true).ifPresent(blocks::add));
        return blocks;
    }

    /**
     * A fiscal rule as a goal: the target as printed is the ambition, the actual as printed the result;
     * the chapter states no status of its own, so only the computed one is given.
     */
    private static Goal goal(FiscalRuleResult rule) {
        String ambition = rule.target().text();
        String result = rule.actual().text();
        Goal.Indicator indicator = new Goal.Indicator(rule.name(), ambition, result, null, null, rule.status());
        return new Goal(rule.key(), rule.name(), List.of(), List.of(indicator));
    }

    private static Optional<Block> text(ReportText text, boolean titled) {
        if (text == null || text.html() == null || text.html().isBlank()) {
            return Optional.empty();
        }
        String heading = titled ? "<h4>" + escape(text.title()) + "</h4>" : "";
        return Optional.of(new Block.Text(heading + text.html()));
    }

    private static String escape(String title) {
        return title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
