package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What printed markup and texts may carry into the document. */
class MarkupTests {

    @Test
    void aPrintedCellKeepsEmphasisBreaksListsFootnotesAndRealLinks() {
        assertThat(Markup.cell("<b>Mål 1:</b> tekst<br>linje<sup>5</sup>")).isEqualTo("<b>Mål 1:</b> tekst<br>linje<sup>5</sup>");
        assertThat(Markup.cell("<ul style=\"list-style-type: none\"><li>• punkt</li></ul>")).isEqualTo("<ul><li>• punkt</li></ul>");
        assertThat(Markup.cell("<a href=\"https://example.org/ps\">PS 32/24</a>"))
                .isEqualTo("<a href=\"https://example.org/ps\" rel=\"nofollow\">PS 32/24</a>");
    }

    @Test
    void aPrintedCellLosesScriptsHandlersStylesAndDeadLinks() {
        assertThat(Markup.cell("<a href=\"#\">PS 298/20</a>")).isEqualTo("PS 298/20");
        assertThat(Markup.cell("<span onclick=\"x()\" style=\"color:red\">tekst</span><script>alert(1)</script>")).isEqualTo("tekst");
        assertThat(Markup.cell("<a href=\"javascript:alert(1)\">lenke</a>")).isEqualTo("lenke");
    }

    @Test
    void plainTextIsEscapedAndNumbersPassUntouched() {
        assertThat(Markup.cell("1 982,2")).isEqualTo("1 982,2");
        assertThat(Markup.cell("< 5 & > 2")).isEqualTo("&lt; 5 &amp; &gt; 2");
        assertThat(Markup.cell(null)).isEmpty();
    }

    @Test
    void headingsInATextStartBelowTheSectionAndNeverSkip() {
        assertThat(Markup.text("<h3>A</h3><h4>B</h4><p>x</p>", 3)).isEqualTo("<h4>A</h4><h5>B</h5><p>x</p>");
        assertThat(Markup.text("<h4>A</h4><h3>B</h3>", 2)).isEqualTo("<h3>A</h3><h3>B</h3>");
        assertThat(Markup.text("<h3>A</h3><h4>B</h4>", 2)).isEqualTo("<h3>A</h3><h4>B</h4>");
    }

    @Test
    void textsAreSanitizedAgain() {
        assertThat(Markup.text("<p onclick=\"x\">a</p><script>b</script><img src=x onerror=y>", 3)).isEqualTo("<p>a</p>");
    }

    @Test
    void plainReadsWhatAPersonReads() {
        assertThat(Markup.plain("<b>Sum</b>  tjenester\n")).isEqualTo("Sum tjenester");
        assertThat(Markup.plain(null)).isEmpty();
    }
}
