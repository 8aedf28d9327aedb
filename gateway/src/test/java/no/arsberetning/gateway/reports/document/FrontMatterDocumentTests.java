package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.report.ReportDocument.FrontMatter;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.ReleaseInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The report's own parts in the document: the title page, the foreword before chapter 1, the table of contents
 * covering them, the appendix «Lovpålagt innhold» and the footer's link to the accessibility statement.
 */
class FrontMatterDocumentTests {

    private static final FrontMatter FRONT = new FrontMatter("Trondheim kommune", "Tråanten tjielte", "sma", "Årsberetning 2023",
            2023, "Kommunedirektøren", "2024-03-20", "Til bystyret", "Et begivenhetsrikt år",
            "<p><strong>2023 var et begivenhetsrikt år.</strong></p><ul><li>Nydalsbrua åpnet.</li></ul><script>x()</script><p>Morten Wolden</p>");

    private final ReportHtmlRenderer renderer = new ReportHtmlRenderer();

    @Test
    void theTitlePageAndTheForewordComeBeforeChapterOne() {
        Document html = render(withFront(FRONT, null));
        Element header = html.getElementById("forside");
        assertThat(header.tagName()).isEqualTo("header");
        assertThat(header.selectFirst("h1").text()).isEqualTo("Årsberetning 2023");
        assertThat(header.selectFirst(".municipality").text()).isEqualTo("Trondheim kommune");
        assertThat(header.selectFirst(".municipality-alt").attr("lang")).as("another language is marked").isEqualTo("sma");
        assertThat(header.text()).contains("Kommunedirektøren", "Til bystyret, 20. mars 2024");

        Element foreword = html.getElementById("forord");
        assertThat(foreword.selectFirst("h2").text()).isEqualTo("Et begivenhetsrikt år");
        assertThat(foreword.html()).contains("<li>Nydalsbrua åpnet.</li>", "Morten Wolden").doesNotContain("script");
        List<String> order = html.select("main > section[id]").eachAttr("id");
        assertThat(order.indexOf("forord")).isLessThan(order.indexOf("kapittel-1"));
    }

    @Test
    void theTableOfContentsCoversTitlePageForewordAndAppendices() {
        Document html = render(withFront(FRONT, null));
        List<String> links = html.selectFirst("nav[aria-label=Innhold]").select("a").eachAttr("href");
        assertThat(links.subList(0, 2)).containsExactly("#forside", "#forord");
        assertThat(links).contains("#kapittel-1", "#lovpalagt-innhold");
        for (String link : links) {
            assertThat(html.getElementById(link.substring(1))).as(link).isNotNull();
        }
    }

    @Test
    void theAppendixListsTheStatutoryItemsAndTheFooterLinksTheAccessibilityStatement() {
        Document html = render(withFront(FRONT, null));
        Element appendix = html.getElementById("lovpalagt-innhold");
        assertThat(appendix.selectFirst("h2").text()).isEqualTo("Vedlegg: Lovpålagt innhold");
        assertThat(appendix.select("tbody tr")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(appendix.text()).contains("Kommuneloven § 14-7", "Likestillings- og diskrimineringsloven § 26a", "Minst annethvert år",
                "Mangler", "Tabell 2.4 finnes ikke i rapporten.");
        assertThat(html.selectFirst("footer a[href=/tilgjengelighet]").text()).isEqualTo("Tilgjengelighetserklæring");
    }

    @Test
    void withoutFrontMatterTheTitlePageFallsBackAndThereIsNoForeword() {
        Document html = render(withFront(null, null));
        assertThat(html.selectFirst("#forside h1").text()).isEqualTo("Årsberetning 2023");
        assertThat(html.getElementById("forord")).isNull();
        assertThat(html.select("h1")).hasSize(1);
    }

    @Test
    void aReleasePublishedWithMissingContentSaysSo() {
        ReleaseInfo release = new ReleaseInfo(3, SampleReport.COMPOSED_AT, "controller", "abc", "Kjent mangel",
                List.of("ldl-26a-foreldrepermisjon"));
        Document html = render(withFront(FRONT, release));
        assertThat(html.selectFirst(".notice-override").text())
                .isEqualTo("Publisert med åpne feil eller manglende lovpålagt innhold. Begrunnelse: Kjent mangel");
    }

    private Document render(ComposedReport report) {
        return Jsoup.parse(renderer.render(report));
    }

    private static ComposedReport withFront(FrontMatter front, ReleaseInfo release) {
        ComposedReport sample = SampleReport.report();
        return new ComposedReport(2023, sample.title(), sample.municipality(), sample.composedAt(), release, sample.sources(),
                sample.chapters(), sample.findings(), front);
    }
}
