package no.arsberetning.hr.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.figures.StatedFigures;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.hr.cycle.InspectionsSection;
import no.arsberetning.hr.equality.EqualityCoverage;
import no.arsberetning.hr.inspections.InspectionStore;
import no.arsberetning.hr.pay.PayRatios;
import no.arsberetning.hr.suppression.Cause;
import no.arsberetning.hr.suppression.CellRef;
import no.arsberetning.hr.suppression.Suppression;

import org.springframework.stereotype.Component;

/**
 * Chapter 2 as a report document (brief § 9), in the printed chapter's order: each table under its printed
 * number in the section of the heading it is printed under, the survey and the whistleblowing figures of the
 * text, the computed pay ratios, the gender-equality statement's coverage (ldl. § 26a, added after the
 * equality tables), the inspections and the whistleblowing cases — in the staff or the published view.
 */
@Component
public class HrChapterReport {

    static final String CHAPTER = "2";
    static final String TITLE = "Arbeidsgiverområdet og felles systemer";

    /** What a section shows besides its tables. */
    private enum Extra { NONE, UNITS, SURVEY, PAY_RATIOS, EQUALITY_STATEMENT, INSPECTIONS, WHISTLEBLOWING }

    /** A section of the chapter: id, title as printed (the heading the tables stand under), tables, extras. */
    private record Layout(String id, String title, List<String> tables, Extra extra) {
    }

    private static final List<Layout> LAYOUT = List.of(
            new Layout("enheter", "Enheter", List.of(), Extra.UNITS),
            new Layout("table:2.1", "Søkere til læreplasser og antall lærekontrakter", List.of("2.1"), Extra.NONE),
            new Layout("table:2.2", "Det interne arbeidsmarkedet (DIA)", List.of("2.2"), Extra.NONE),
            new Layout("table:2.3", "Nye uførepensjonister", List.of("2.3"), Extra.NONE),
            new Layout("aktivitetsplikt", "Arbeidsgivers aktivitetsplikt", List.of(), Extra.SURVEY),
            new Layout("table:2.4", "Kjønn", List.of("2.4"), Extra.NONE),
            new Layout("table:2.5", "Ufrivillig deltid", List.of("2.5"), Extra.NONE),
            new Layout("lonnsutvikling", "Lønnsutvikling mellom kvinner og menn", List.of("2.6", "2.7", "2.8", "2.9"),
                    Extra.PAY_RATIOS),
            new Layout("table:2.10", "Andel midlertidig ansatte", List.of("2.10"), Extra.NONE),
            new Layout("table:2.11", "Andel i foreldrepermisjon", List.of("2.11"), Extra.NONE),
            new Layout("likestillingsredegjorelse", "Likestillingsredegjørelse etter likestillings- og diskrimineringsloven § 26a",
                    List.of(), Extra.EQUALITY_STATEMENT),
            new Layout(InspectionsSection.KEY, InspectionsSection.TITLE, List.of(), Extra.INSPECTIONS),
            new Layout("varsling", "Varslingssekretariat", List.of(), Extra.WHISTLEBLOWING));

    private final TableStore tables;
    private final TextStore texts;
    private final FigureStore figures;
    private final InspectionStore inspections;
    private final EqualityCoverage coverage;
    private final Suppression suppression;

    HrChapterReport(TableStore tables, TextStore texts, FigureStore figures, InspectionStore inspections,
            EqualityCoverage coverage, Suppression suppression) {
        this.tables = tables;
        this.texts = texts;
        this.figures = figures;
        this.inspections = inspections;
        this.coverage = coverage;
        this.suppression = suppression;
    }

    public ReportDocument report(int year, ReportView view) {
        Map<String, ReportedTable> byNumber = new LinkedHashMap<>();
        tables.all(year).forEach(t -> byNumber.put(t.number() != null ? t.number() : t.key(), t));
        Map<String, Map<CellRef, Cause>> hidden = new LinkedHashMap<>();
        byNumber.forEach((number, table) -> hidden.put(number, suppression.of(table)));
        List<ReportText> yearTexts = texts.all(year);
        StatedFigures yearFigures = figures.find(year).orElse(StatedFigures.none(year));

        List<Section> sections = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Layout layout : LAYOUT) {
            List<Block> blocks = new ArrayList<>();
            Set<String> workflowSections = new HashSet<>(Set.of(layout.id()));
            for (String number : layout.tables()) {
                ReportedTable table = byNumber.get(number);
                if (table != null) {
                    placed.add(number);
                    workflowSections.add(table.section());
                    blocks.addAll(TableRendition.blocks(table, hidden.get(number), view, suppression.threshold()));
                }
            }
            blocks.addAll(extra(layout.extra(), year, yearFigures, hidden, view));
            blocks.addAll(textsOf(yearTexts, workflowSections));
            if (!blocks.isEmpty()) {
                sections.add(new Section(layout.id(), layout.title(), blocks));
            }
        }
        byNumber.forEach((number, table) -> {
            if (!placed.contains(number)) {
                List<Block> blocks = new ArrayList<>(TableRendition.blocks(table, hidden.get(number), view,
                        suppression.threshold()));
                blocks.addAll(textsOf(yearTexts, Set.of(table.section())));
                sections.add(new Section(table.section(), table.caption(), blocks));
            }
        });
        return new ReportDocument("hr-service", year, List.of(new Chapter(CHAPTER, TITLE, sections)));
    }

    private List<Block> extra(Extra extra, int year, StatedFigures yearFigures, Map<String, Map<CellRef, Cause>> hidden,
            ReportView view) {
        return switch (extra) {
            case UNITS -> FigureBlocks.units(yearFigures);
            case SURVEY -> FigureBlocks.survey(yearFigures);
            case WHISTLEBLOWING -> FigureBlocks.whistleblowing(yearFigures);
            case PAY_RATIOS -> PayRatioBlock.of(PayRatios.of(tables.all(year)), hidden, view, suppression.threshold());
            case EQUALITY_STATEMENT -> CoverageBlock.of(coverage.checklist().basis(), coverage.of(year));
            case INSPECTIONS -> InspectionBlocks.of(year, inspections.all(year));
            case NONE -> List.of();
        };
    }

    private static List<Block> textsOf(List<ReportText> texts, Set<String> sections) {
        return texts.stream().filter(t -> sections.contains(t.section())).map(t -> (Block) new Block.Text(t.html())).toList();
    }
}
