package no.arsberetning.gateway.reports.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Chart;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;

import no.arsberetning.gateway.reports.ChapterNumbers;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.ReleaseInfo;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.reports.completeness.Checklist;
import no.arsberetning.gateway.reports.completeness.CompletenessEvaluator;
import no.arsberetning.gateway.reports.document.DocumentView.BlockView;
import no.arsberetning.gateway.reports.document.DocumentView.ChapterView;
import no.arsberetning.gateway.reports.document.DocumentView.Figure;
import no.arsberetning.gateway.reports.document.DocumentView.Notice;
import no.arsberetning.gateway.reports.document.DocumentView.Part;
import no.arsberetning.gateway.reports.document.DocumentView.SectionView;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;
import no.arsberetning.gateway.reports.document.DocumentView.TocEntry;

/**
 * Turns a composed report into what the template shows: chapters in the report's order with unique ids,
 * a notice where a service did not answer, the charts next to the tables they come from (deviation after
 * table 1.2, the trajectory of a chapter that declares one ({@link Chart#TRAJECTORY}) followed by its emissions
 * table; goal status in an overview before the chapters), the title page and foreword before them, the findings
 * appendix, the appendix of statutory content and the table of contents covering all of it. One builder per
 * document.
 */
final class ReportViewBuilder {

    /** The section id the composer gives a placeholder chapter; the notice replaces it. */
    static final String PLACEHOLDER_SECTION = "unavailable";

    private final ComposedReport report;
    private final Ids ids = new Ids();
    private final ProvenanceViews provenance = new ProvenanceViews();
    private final Map<String, String> tableIds = new HashMap<>();
    private int figures;
    private boolean deviationShown;
    private boolean trajectoryShown;

    private ReportViewBuilder(ComposedReport report) {
        this.report = report;
    }

    static DocumentView build(ComposedReport report, String css) {
        return new ReportViewBuilder(report).build(css);
    }

    /** "1 Økonomi", or the title alone for an unnumbered chapter. */
    static String chapterHeading(Chapter chapter) {
        String title = chapter.title() == null ? "" : Markup.plain(chapter.title());
        return chapter.number() == null || chapter.number().isBlank() ? title : chapter.number().strip() + " " + title;
    }

    private DocumentView build(String css) {
        String title = title();
        String municipalityName = report.municipality() == null || report.municipality().isBlank() ? null : report.municipality();
        DocumentView.FrontMatterView front = FrontMatterViews.of(report.frontMatter(), title, municipalityName,
                report.release() != null && report.release().missingRequired() != null && !report.release().missingRequired().isEmpty(), ids);
        Part overview = overview();
        List<ChapterView> chapters = new ArrayList<>();
        for (Chapter chapter : nonNull(report.chapters())) {
            if (chapter != null) {
                chapters.add(chapter(chapter));
            }
        }
        var findings = FindingViews.of(report.findings(), tableIds, ids);
        var completeness = nonNull(report.chapters()).isEmpty() ? null
                : CompletenessViews.of(CompletenessEvaluator.evaluate(Checklist.standard(), report), ids);
        String municipality = report.municipality() == null || report.municipality().isBlank() ? null : report.municipality();
        String description = title + (municipality == null ? "" : " for " + municipality)
                + ": kapitler, tabeller, mål, figurer og funn fra kontrollene.";
        ReleaseInfo release = report.release();
        ProvenanceViews.Appendix sources = provenance.appendix();
        return new DocumentView(title, municipality, description, versionLine(), release == null ? null : release.overrideReason(),
                toc(front, overview, chapters, findings, completeness, sources), notices(), overview, chapters, findings,
                sources, css, front, completeness);
    }

    private String title() {
        String title = report.title() == null || report.title().isBlank() ? "Årsberetning" : Markup.plain(report.title());
        return title.contains(String.valueOf(report.year())) ? title : title + " " + report.year();
    }

    private String versionLine() {
        ReleaseInfo release = report.release();
        if (release == null) {
            String composed = report.composedAt() == null ? "" : " Satt sammen " + NorwegianFormat.dateTime(report.composedAt()) + ".";
            return "Arbeidsversjon, ikke publisert." + composed;
        }
        StringBuilder line = new StringBuilder("Publisert utgave ").append(release.number());
        if (release.publishedAt() != null) {
            line.append(", ").append(NorwegianFormat.dateTime(release.publishedAt()));
        }
        if (release.publishedBy() != null && !release.publishedBy().isBlank()) {
            line.append(", av ").append(release.publishedBy());
        }
        line.append('.');
        if (release.contentHash() != null && !release.contentHash().isBlank()) {
            line.append(" Sjekksum for innholdet: ").append(release.contentHash()).append('.');
        }
        return line.toString();
    }

    private Part overview() {
        List<GoalStatusChart.Bar> bars = GoalStatusChart.bars(report.chapters());
        if (bars.isEmpty()) {
            return null;
        }
        Figure figure = GoalStatusChart.figure(bars, nextFigureId(), figureLabel());
        return new Part(ids.unique("oversikt"), "Måloppnåelse i tall",
                "Antall indikatorer per kapittel etter statusen rapportørene har gitt. Beregnet status står ved hvert mål i kapitlene.",
                List.of(figure));
    }

    private ChapterView chapter(Chapter chapter) {
        String id = ids.unique("kapittel-" + Ids.slug(chapter.number() == null ? chapter.title() : chapter.number()));
        Optional<SourceStatus> source = sourceOf(chapter);
        Notice unavailable = source.filter(s -> !s.available())
                .map(s -> new Notice(reason(s) + " Resten av dokumentet er satt sammen som vanlig."))
                .orElse(null);
        List<SectionView> sections = new ArrayList<>();
        for (Section section : nonNull(chapter.sections())) {
            boolean placeholder = unavailable != null && section != null && PLACEHOLDER_SECTION.equals(section.id());
            if (section != null && !placeholder) {
                sections.add(section(section, id, chapter.declares(Chart.TRAJECTORY)));
            }
        }
        return new ChapterView(id, chapterHeading(chapter), source.map(ReportViewBuilder::sourceName).orElse(null), unavailable, sections);
    }

    private SectionView section(Section section, String chapterId, boolean trajectory) {
        String title = section.title() == null || section.title().isBlank() ? null : Markup.plain(section.title());
        String id = ids.unique(chapterId + "-" + Ids.slug(section.id() != null && !section.id().isBlank() ? section.id() : title));
        List<BlockView> blocks = new ArrayList<>();
        for (Block block : nonNull(section.blocks())) {
            if (block instanceof Block.Text) {
                blocks.add(BlockView.text(Markup.text(((Block.Text) block).html(), title == null ? 2 : 3)));
            } else if (block instanceof Block.TableBlock) {
                table(((Block.TableBlock) block).table(), trajectory, blocks);
            } else if (block instanceof Block.Goals) {
                blocks.add(BlockView.goals(GoalViews.of(((Block.Goals) block).goals(), ids, chapterId)));
            }
        }
        return new SectionView(id, title, blocks);
    }

    /**
     * Adds the table, and after it the chart drawn from it, if it is the source of one; the emission trajectory's
     * chart (in a chapter that declares one) comes first, followed by its own table (the chart's table alternative,
     * so the numbers appear once).
     */
    private void table(Table table, boolean declaresTrajectory, List<BlockView> blocks) {
        if (table == null) {
            return;
        }
        String number = table.number() == null || table.number().isBlank() ? null : table.number().strip();
        String id = ids.unique(number == null ? "tabell" : "tabell-" + Ids.slug(number));
        if (number != null) {
            tableIds.putIfAbsent(number, id);
        }
        TableView view = TableViews.of(table, id, provenance);
        Optional<TrajectoryChart.Trajectory> trajectory = !trajectoryShown && declaresTrajectory ? TrajectoryChart.of(table) : Optional.empty();
        if (trajectory.isPresent()) {
            trajectoryShown = true;
            blocks.add(BlockView.figure(TrajectoryChart.figure(trajectory.get(), nextFigureId(), figureLabel(), view)));
            return;
        }
        blocks.add(BlockView.table(view));
        if (!deviationShown && DeviationChart.isSource(table) && !DeviationChart.bars(table).isEmpty()) {
            deviationShown = true;
            blocks.add(BlockView.figure(DeviationChart.figure(table, nextFigureId(), figureLabel())));
        }
    }

    private String nextFigureId() {
        figures++;
        return ids.unique("figur-" + figures);
    }

    private String figureLabel() {
        return "Figur " + figures;
    }

    private List<Notice> notices() {
        List<Notice> notices = new ArrayList<>();
        for (SourceStatus source : nonNull(report.sources())) {
            if (source != null && !source.available()) {
                String chapters = nonNull(source.chapters()).isEmpty() ? "" : "kapittel " + String.join(", ", source.chapters()) + ": ";
                notices.add(new Notice(chapters + reason(source)));
            }
        }
        return notices;
    }

    private List<TocEntry> toc(DocumentView.FrontMatterView front, Part overview, List<ChapterView> chapters,
            DocumentView.FindingsView findings, DocumentView.CompletenessView completeness, ProvenanceViews.Appendix sources) {
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry(front.id(), "Forside", List.of()));
        if (front.forewordId() != null) {
            toc.add(new TocEntry(front.forewordId(), front.forewordTitle(), List.of()));
        }
        if (overview != null) {
            toc.add(new TocEntry(overview.id(), overview.heading(), List.of()));
        }
        for (ChapterView chapter : chapters) {
            List<TocEntry> sections = chapter.sections().stream()
                    .filter(s -> s.title() != null)
                    .map(s -> new TocEntry(s.id(), s.title(), List.of()))
                    .toList();
            String label = chapter.heading() + (chapter.unavailable() == null ? "" : " (ikke tilgjengelig)");
            toc.add(new TocEntry(chapter.id(), label, sections));
        }
        if (findings != null) {
            toc.add(new TocEntry(findings.id(), findings.heading(), List.of()));
        }
        if (completeness != null) {
            toc.add(new TocEntry(completeness.id(), completeness.heading(), List.of()));
        }
        if (sources != null) {
            toc.add(new TocEntry(sources.id(), sources.heading(), List.of()));
        }
        return toc;
    }

    /** The service that delivers a chapter, found by the chapter numbers (or ranges such as "4-19") it lists. */
    private Optional<SourceStatus> sourceOf(Chapter chapter) {
        String number = chapter.number() == null ? null : chapter.number().strip();
        if (number == null) {
            return Optional.empty();
        }
        return nonNull(report.sources()).stream()
                .filter(s -> s != null && nonNull(s.chapters()).stream().anyMatch(c -> ChapterNumbers.covers(c, number)))
                .findFirst();
    }

    private static String sourceName(SourceStatus source) {
        return source.title() != null && !source.title().isBlank() ? source.title() : source.service();
    }

    /** The composer's reason as a sentence that names the service. */
    private static String reason(SourceStatus source) {
        String reason = source.reason() == null || source.reason().isBlank() ? "svarte ikke" : source.reason().strip();
        String name = sourceName(source);
        String sentence = name != null && reason.contains(name) ? reason : name + ": " + reason;
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
