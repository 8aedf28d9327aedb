package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;

import no.arsberetning.gateway.reports.ComposedReport;

import org.junit.jupiter.api.Test;

/** The report's parts are rendered once per view: the HTML is what a renderer that keeps nothing would make. */
class RenderedPartsTests {

    private final ComposedReport report = SampleReport.report();

    @Test
    void theSameReportAgainIsTheSameHtmlAndRendersNoPartAnew() {
        ReportHtmlRenderer renderer = new ReportHtmlRenderer();
        String first = renderer.render(report);
        long kept = renderer.keptParts();

        assertThat(kept).isPositive();
        assertThat(renderer.render(report)).isEqualTo(first);
        assertThat(renderer.keptParts()).isEqualTo(kept);
    }

    @Test
    void aChangedTextIsRenderedAnewAndTheRestIsKept() {
        ReportHtmlRenderer renderer = new ReportHtmlRenderer();
        renderer.render(report);
        long kept = renderer.keptParts();
        ComposedReport changed = withText(report, "<p>Ny setning om driftsresultatet.</p>");

        String html = renderer.render(changed);

        assertThat(html).contains("Ny setning om driftsresultatet.");
        assertThat(renderer.keptParts()).isEqualTo(kept + 1);
        assertThat(html).isEqualTo(new ReportHtmlRenderer().render(changed));
        assertThat(renderer.render(report)).isEqualTo(new ReportHtmlRenderer().render(report));
    }

    @Test
    void keepsNoMoreThanItsLimitAndRendersTheSame() {
        ReportHtmlRenderer small = new ReportHtmlRenderer(100);

        String html = small.render(report);

        assertThat(html).isEqualTo(new ReportHtmlRenderer().render(report));
        ReportHtmlRenderer unbounded = new ReportHtmlRenderer();
        unbounded.render(report);
        assertThat(small.keptParts()).isLessThan(unbounded.keptParts());
        assertThat(small.render(report)).isEqualTo(html);
    }

    /** The report with one more text block at the end of its first chapter's first section. */
    private static ComposedReport withText(ComposedReport report, String html) {
        List<Chapter> chapters = new ArrayList<>(report.chapters());
        Chapter first = chapters.get(0);
        List<Section> sections = new ArrayList<>(first.sections());
        Section section = sections.get(0);
        List<Block> blocks = new ArrayList<>(section.blocks());
        blocks.add(new Block.Text(html));
        sections.set(0, new Section(section.id(), section.title(), blocks));
        chapters.set(0, new Chapter(first.number(), first.title(), sections, first.charts()));
        return new ComposedReport(report.year(), report.title(), report.municipality(), report.composedAt(), report.release(),
                report.sources(), chapters, report.findings(), report.frontMatter());
    }
}
