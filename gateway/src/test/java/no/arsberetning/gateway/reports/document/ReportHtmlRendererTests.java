package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Chart;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.ReleaseInfo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The report's HTML, read back with jsoup as an accessibility checker and a reader would. */
class ReportHtmlRendererTests {

    private static final ReportHtmlRenderer renderer = new ReportHtmlRenderer();
    private static final String rendered = renderer.render(SampleReport.report());
    private final Document html = Jsoup.parse(rendered);

    @Test
    void isNorwegianWithOneH1LandmarksAndASkipLink() {
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("nb");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.selectFirst("h1").text()).isEqualTo("Årsberetning 2023");
        assertThat(html.title()).isEqualTo("Årsberetning 2023 – Trondheim kommune");
        assertThat(html.select("main")).hasSize(1);
        assertThat(html.select("nav[aria-label=Innhold]")).hasSize(1);
        Element skip = html.body().child(0);
        assertThat(skip.tagName()).isEqualTo("a");
        assertThat(skip.attr("href")).isEqualTo("#hovedinnhold");
        assertThat(skip.text()).isEqualTo("Gå til hovedinnholdet");
        assertThat(html.getElementById("hovedinnhold").tagName()).isEqualTo("main");
    }

    @Test
    void headingLevelsNeverSkip() {
        Elements headings = html.select("h1, h2, h3, h4, h5, h6");
        assertThat(headings.first().tagName()).isEqualTo("h1");
        int previous = 0;
        for (Element heading : headings) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("%s after h%d", heading.outerHtml(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(html.select("h4").eachText()).contains("Hovedtrekk");
    }

    @Test
    void tableOfContentsLinksToEveryChapterAndEveryLinkHasATarget() {
        Element toc = html.selectFirst("nav[aria-label=Innhold]");
        List<String> links = toc.select("a").eachAttr("href");
        Elements chapters = html.select("main section.chapter");
        assertThat(chapters).hasSize(4);
        for (Element chapter : chapters) {
            assertThat(links).contains("#" + chapter.id());
        }
        assertThat(links).contains("#kapittel-1", "#kapittel-2", "#kapittel-3", "#kapittel-4", "#funn-fra-kontrollene", "#oversikt");
        for (String link : html.select("a[href^=#]").eachAttr("href")) {
            assertThat(html.getElementById(link.substring(1))).as(link).isNotNull();
        }
        assertThat(toc.text()).contains("2 Arbeidsgiverområdet og felles systemer (ikke tilgjengelig)");
    }

    @Test
    void idsAreUnique() {
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() {
        Elements tables = html.select("table");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
        for (Element table : tables) {
            Element caption = table.selectFirst("> caption");
            assertThat(caption).as(table.id()).isNotNull();
            assertThat(caption.text()).as(table.id()).isNotBlank();
            for (Element th : table.select("thead th")) {
                assertThat(th.attr("scope")).as(th.outerHtml()).isEqualTo("col");
            }
            for (Element th : table.select("tbody th")) {
                assertThat(th.attr("scope")).as(th.outerHtml()).isEqualTo("row");
            }
        }
        assertThat(html.getElementById("tabell-1-2").selectFirst("caption").text())
                .startsWith("Tabell 1.2 Regnskap og revidert budsjett 2023 fordelt på tjenesteområdene.");
        assertThat(html.getElementById("tabell-1-2").select("thead th").eachText())
                .containsExactly("Regnskap 2023", "Regulert budsjett 2023", "Avvik");
        assertThat(html.getElementById("tabell-1-2").select("thead th b")).as("printed emphasis kept").hasSize(1);
    }

    @Test
    void cellsShowThePrintedTextWithTheExactValueInADataAttribute() {
        Element table = html.getElementById("tabell-1-2");
        Element barnehager = row(table, "Barnehager");
        Element actual = barnehager.select("td").get(0);
        assertThat(actual.wholeText()).as("printed groups kept together by U+00A0").isEqualTo("1\u00A0982,2");
        assertThat(actual.attr("data-value")).isEqualTo("1982.2");
        assertThat(actual.attr("data-unit")).isEqualTo("MNOK");
        assertThat(actual.hasClass("num")).isTrue();
        assertThat(row(table, "Skoler").select("td").get(0).wholeText()).isEqualTo("2\u00A0495");

        Element helse = row(table, "Helse og omsorgstjenester");
        assertThat(helse.select("td").get(0).wholeText()).isEqualTo("3\u00A0377");
        assertThat(helse.select("td").get(2).text()).as("formatted here: real minus").isEqualTo("\u2212131");
        assertThat(helse.select("td").get(2).attr("data-value")).isEqualTo("-131");

        Element dash = row(table, "Flyktninger og innvandrere").select("td").get(2);
        assertThat(dash.text()).isEqualTo("-");
        assertThat(dash.attr("data-reason")).isEqualTo("zero");
        assertThat(dash.attr("title")).isEqualTo("Null");
        assertThat(dash.hasAttr("data-value")).isFalse();
    }

    @Test
    void rowKindsAndNotesAreKept() {
        Element table = html.getElementById("tabell-1-2");
        assertThat(table.select("tr.row-total th b").text()).isEqualTo("Sum tjenesteområder");
        Element total = table.selectFirst("tr.row-total").select("td").get(2);
        assertThat(total.select("b").text()).as("printed markup kept").isEqualTo("-152,5");
        assertThat(total.hasClass("num")).as("a number column aligns right").isTrue();
        Element note = table.selectFirst("tr.row-note td.note");
        assertThat(note.attr("colspan")).isEqualTo("4");
        assertThat(note.select("sup").text()).isEqualTo("1");
    }

    @Test
    void goalIndicatorsShowReportedAndComputedStatusAndMarkTheirDifference() {
        Element goal = html.getElementById("kapittel-4-mal-4-1");
        assertThat(goal.tagName()).isEqualTo("table");
        assertThat(goal.selectFirst("caption").text()).contains("Periodemål 1: Flere barn og unge opplever mestring", "skole, barnehage");
        assertThat(goal.select("thead th").eachText())
                .containsExactly("Indikator", "Ambisjon", "Resultat", "Rapportert status", "Beregnet status");
        Element differs = row(goal, "Andel elever som trives");
        assertThat(differs.select("td").get(2).text()).contains("Nådd", "«Målet er nådd»");
        assertThat(differs.select("td").get(3).text()).isEqualTo("Ikke nådd Avvik mellom rapportert og beregnet status");
        assertThat(differs.hasClass("status-mismatch")).isTrue();
        Element same = row(goal, "Andel barn med plass");
        assertThat(same.select("td").get(3).text()).isEqualTo("Nådd");
        assertThat(same.text()).doesNotContain("Avvik mellom");
        Element none = row(goal, "Foreldretilfredshet");
        assertThat(none.select("td").get(2).text()).isEqualTo("Ikke oppgitt");
        assertThat(none.select("td").get(3).text()).isEqualTo("Ikke beregnet");
        assertThat(html.select("strong.mismatch")).hasSize(1);
    }

    @Test
    void anUnavailableChapterIsVisiblyMarkedWithTheReason() {
        Element chapter = html.getElementById("kapittel-2");
        assertThat(chapter.selectFirst("h2").text()).isEqualTo("2 Arbeidsgiverområdet og felles systemer");
        Element notice = chapter.selectFirst("[role=status]");
        assertThat(notice.text()).isEqualTo("Ikke tilgjengelig. Arbeidsgiverområdet (hr-service): Tidsavbrudd etter 800 ms. "
                + "Resten av dokumentet er satt sammen som vanlig.");
        assertThat(chapter.select("> section")).as("the composer's placeholder is replaced by the notice").isEmpty();
        assertThat(html.select("main > [role=status]").text())
                .isEqualTo("Ikke tilgjengelig: kapittel 2: Arbeidsgiverområdet (hr-service): Tidsavbrudd etter 800 ms.");
        assertThat(html.getElementById("kapittel-1").select("[role=status]")).isEmpty();
        assertThat(html.getElementById("kapittel-1").selectFirst("p.source").text()).isEqualTo("Kilde: Økonomi (finance-service)");
    }

    @Test
    void findingsAppendixIsATableWithNorwegianSeveritiesErrorsFirst() {
        Element appendix = html.getElementById("funn-fra-kontrollene");
        assertThat(appendix.selectFirst("h2").text()).isEqualTo("Vedlegg: Funn fra kontrollene");
        assertThat(appendix.selectFirst("p").text()).isEqualTo("Kontrollene fant 3 funn: 1 feil, 1 advarsel og 1 til informasjon.");
        Element table = appendix.selectFirst("table");
        assertThat(table.select("thead th").eachText())
                .containsExactly("Regel", "Alvorlighet", "Tabeller", "Områder", "Melding", "Forventet", "Faktisk");
        assertThat(table.select("tbody th").eachText())
                .containsExactly("deviation-matches-inputs", "sum-matches-rows", "headcount-two-services");
        assertThat(table.select("tbody tr").stream().map(r -> r.select("td").get(0).text()).toList())
                .containsExactly("Feil", "Advarsel", "Info");
        Element first = table.selectFirst("tbody tr");
        assertThat(first.select("td").get(1).select("a").eachAttr("href")).containsExactly("#tabell-1-2");
        assertThat(first.select("td").get(1).text()).isEqualTo("1.2, 6.1");
        assertThat(first.select("td").stream().skip(2).map(Element::text).toList())
                .containsExactly("skole", "Avviket har feil fortegn", "32", "-32");
    }

    @Test
    void everyChartIsAnImageLabelledByAVisibleCaptionAndFollowedByItsTable() {
        Elements charts = html.select("svg");
        assertThat(charts).hasSize(3);
        for (Element svg : charts) {
            assertThat(svg.attr("role")).isEqualTo("img");
            Element caption = html.getElementById(svg.attr("aria-labelledby"));
            assertThat(caption).isNotNull();
            assertThat(caption.tagName()).isEqualTo("figcaption");
            assertThat(caption.text()).startsWith("Figur ");
            Element next = svg.nextElementSibling();
            assertThat(next).isNotNull();
            assertThat(next.tagName()).isEqualTo("table");
            String tableCaption = next.selectFirst("caption").text();
            // A chart drawn from one table is followed by that table; the others get a table alternative of their own.
            assertThat(tableCaption.startsWith("Tabellalternativ til figur ") || caption.text().replaceFirst("^Figur \\d+ ", "").startsWith(tableCaption.replaceFirst(" Enhet:.*$", "")))
                    .as("the table after %s: %s", caption.text(), tableCaption).isTrue();
        }
        assertThat(html.select("figcaption").eachText()).containsExactly(
                "Figur 1 Måloppnåelse per kapittel: antall indikatorer etter rapportert status",
                "Figur 2 Avvik per tjenesteområde (tabell 1.2), millioner kroner. Positive tall er mindreforbruk, negative tall er merforbruk.",
                "Figur 3 Utslippsbane: reduksjon i direkte klimagassutslipp sammenlignet med 2009 (prosent)");
    }

    @Test
    void theDeviationChartComesRightAfterTable12WithItsAreasAndNoTotals() {
        Element figure = html.getElementById("tabell-1-2").parent().nextElementSibling();
        assertThat(figure.tagName()).isEqualTo("figure");
        Element alternative = figure.selectFirst("table");
        assertThat(alternative.select("tbody th").eachText())
                .containsExactly("Skoler", "Barnehager", "Helse og omsorgstjenester");
        assertThat(alternative.select("tbody td").eachText()).containsExactly("-32", "10,5", "\u2212131");
        assertThat(figure.selectFirst("svg").text()).contains("Mindreforbruk", "Merforbruk", "\u221232", "10,5", "Skoler");
    }

    @Test
    void theTrajectoryChartFollowsTheEmissionsTableAndListsEveryYear() {
        Element figure = html.selectFirst("#kapittel-3-utslippsbane figure");
        Element alternative = figure.selectFirst("table");
        assertThat(alternative.select("thead th").eachText()).containsExactly("Faktisk reduksjon", "Mål");
        assertThat(alternative.select("tbody th").eachText()).containsExactly("2009", "2020", "2022", "2023", "2030");
        assertThat(row(alternative, "2030").select("td").stream().map(Element::text).toList()).containsExactly("", "-80");
        assertThat(html.select("#kapittel-3-indikatorer figure")).as("the indicator table is no trajectory").isEmpty();
    }

    @Test
    void onlyAChapterThatDeclaresATrajectoryGetsItsChartWhateverItsNumberOrTitle() {
        Chapter climate = SampleReport.climate();
        Chapter undeclared = new Chapter(climate.number(), climate.title(), climate.sections());
        Chapter declared = new Chapter("9", "Miljø", climate.sections(), List.of(Chart.TRAJECTORY));
        assertThat(Jsoup.parse(renderer.render(SampleReport.report(List.of(undeclared), List.of()))).select("figure")).isEmpty();
        assertThat(Jsoup.parse(renderer.render(SampleReport.report(List.of(declared), List.of())))
                .select("#kapittel-9-utslippsbane figure")).hasSize(1);
    }

    @Test
    void onlyATableThatAsksForDeviationBarsGetsThemWhateverItsNumber() {
        Table table = SampleReport.table12();
        Table renumbered = new Table("7.3", table.caption(), table.unit(), table.signConvention(), table.columns(), table.rows());
        Chapter undeclared = new Chapter("1", "Økonomi", List.of(new Section("s", "Resultat", List.of(new Block.TableBlock(table)))));
        Chapter declared = new Chapter("7", "Regnskap", List.of(new Section("s", "Resultat",
                List.of(new Block.TableBlock(renumbered, Chart.DEVIATIONS)))));
        assertThat(Jsoup.parse(renderer.render(SampleReport.report(List.of(undeclared), List.of()))).select("figure")).isEmpty();
        assertThat(Jsoup.parse(renderer.render(SampleReport.report(List.of(declared), List.of()))).select("figure figcaption").text())
                .contains("Avvik per tjenesteområde (tabell 7.3)");
    }

    @Test
    void theGoalStatusChartCountsReportedStatusPerChapter() {
        Element alternative = html.selectFirst("#oversikt figure table");
        assertThat(alternative.select("thead th").eachText())
                .containsExactly("Kapittel", "Nådd", "Delvis nådd", "Ikke oppgitt", "Sum");
        assertThat(row(alternative, "4 Oppvekst og utdanning").select("td").eachText()).containsExactly("2", "1", "1", "4");
    }

    @Test
    void noScriptsEventHandlersOrScriptUrlsAnywhere() {
        assertThat(html.select("script")).isEmpty();
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:");
            }
        }
        assertThat(html.text()).doesNotContain("alert(");
    }

    @Test
    void textBlocksAreHtmlInsideTheirSection() {
        Element text = html.selectFirst("#kapittel-1-resultat > div.text");
        assertThat(text.select("ul > li").eachText()).containsExactly("Skole hadde merforbruk", "Barnehage hadde mindreforbruk");
        assertThat(text.select("a[href]").eachAttr("href")).containsExactly("https://www.trondheim.kommune.no/");
        assertThat(text.select("strong").text()).isEqualTo("bedre");
        assertThat(text.selectFirst("h4").text()).isEqualTo("Hovedtrekk");
    }

    @Test
    void theStylesheetIsInlineAndThePageHasNoExternalResources() {
        assertThat(html.select("style").html()).contains("@page", "Side \" counter(page) \" av \" counter(pages)", "size: A4");
        assertThat(html.select("link, img, iframe, object, embed")).isEmpty();
        assertThat(html.select("style").get(1).html())
                .isEqualTo("@page { @top-left { content: \"Årsberetning 2023 – Trondheim kommune\"; } }");
        ComposedReport quoted = new ComposedReport(2023, "Årsberetning \"2023\" </style>", "Kommune\\", null, null, null, null, null, null);
        assertThat(Jsoup.parse(renderer.render(quoted)).select("style").get(1).html())
                .isEqualTo("@page { @top-left { content: \"Årsberetning 2023 – Kommune\"; } }");
    }

    @Test
    void aWorkingReportSaysSoAndAReleaseSaysWhichOne() {
        assertThat(html.selectFirst("p.version").text()).isEqualTo("Arbeidsversjon, ikke publisert. Satt sammen 27. mars 2024 kl. 14.05.");

        ComposedReport sample = SampleReport.report();
        ComposedReport release = new ComposedReport(2023, "Årsberetning", "Trondheim kommune", SampleReport.COMPOSED_AT,
                new ReleaseInfo(2, SampleReport.COMPOSED_AT, "controller", "sha256:abc", "Feilen er rettet i regnskapet"),
                sample.sources(), sample.chapters(), null, null);
        Document published = Jsoup.parse(renderer.render(release));
        assertThat(published.selectFirst("h1").text()).isEqualTo("Årsberetning 2023");
        assertThat(published.selectFirst("p.version").text())
                .isEqualTo("Publisert utgave 2, 27. mars 2024 kl. 14.05, av controller. Sjekksum for innholdet: sha256:abc.");
        assertThat(published.selectFirst(".notice-override").text())
                .isEqualTo("Publisert med åpne feil. Begrunnelse: Feilen er rettet i regnskapet");
        assertThat(published.getElementById("funn-fra-kontrollene")).as("no findings asked for: no appendix").isNull();
    }

    @Test
    void chartsWithoutDataAreLeftOutWithoutError() {
        Chapter economyWithoutDeviation = new Chapter("1", "Økonomi", List.of(new Section("tekst", "Tekst",
                List.of(new Block.Text("<p>Bare tekst</p>")))));
        Document plain = Jsoup.parse(renderer.render(SampleReport.report(List.of(economyWithoutDeviation, SampleReport.workforce()), List.of())));
        assertThat(plain.select("svg, figure")).isEmpty();
        assertThat(plain.getElementById("oversikt")).isNull();
        assertThat(plain.selectFirst("#funn-fra-kontrollene p").text()).isEqualTo("Kontrollene fant ingen avvik.");
        assertThat(plain.select("#funn-fra-kontrollene table")).isEmpty();
    }

    @Test
    void anEmptyReportStillRenders() {
        ComposedReport empty = new ComposedReport(2024, null, null, null, null, null, null, null, null);
        Document page = Jsoup.parse(renderer.render(empty));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Årsberetning 2024");
        assertThat(page.select("main section")).isEmpty();
        assertThat(page.selectFirst("p.version").text()).isEqualTo("Arbeidsversjon, ikke publisert.");
    }

    private static Element row(Element table, String header) {
        return table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th") != null && r.selectFirst("th").text().equals(header))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row «" + header + "» in " + table.select("tbody th").eachText()));
    }
}
