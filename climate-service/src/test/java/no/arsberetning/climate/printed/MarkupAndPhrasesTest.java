package no.arsberetning.climate.printed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MarkupAndPhrasesTest {

    @Test
    void aFootnoteMarkStaysApartFromTheNumberBeforeIt() {
        String printed = "Energibruken økte i 2021 - 2023 (3,71; 3,59; 3,74<sup>5</sup> TWh)";
        assertThat(Markup.html(printed)).contains("3,74⁵ TWh").doesNotContain("3,745");
        assertThat(Markup.footnote("<sup>5</sup> Foreløpige tall for 2023")).isEqualTo("⁵ Foreløpige tall for 2023");
        assertThat(Markup.footnote("5 Foreløpige tall for 2023")).isEqualTo("⁵ Foreløpige tall for 2023");
        assertThat(Markup.footnote("2023 var et kaldt år")).isEqualTo("2023 var et kaldt år");
        assertThat(Markup.plain("<p>Mål 7: … i forhold til 2017<sup>6</sup></p>")).isEqualTo("Mål 7: … i forhold til 2017⁶");
    }

    @Test
    void scriptsAndHandlersNeverSurviveButListsAndLinksDo() {
        String html = Markup.html("<ul><li onclick=\"x()\">Ett</li></ul><script>alert('x')</script>"
                + "<a href=\"https://atb.no\">atb.no</a><a href=\"javascript:alert(1)\">ond</a>");
        assertThat(html).contains("<ul>", "<li>Ett</li>", "href=\"https://atb.no\"")
                .doesNotContain("script", "alert", "onclick", "javascript");
    }

    @Test
    void theMeasureInASentenceIsTheNumberWithAUnitNotTheYear() {
        Measure target = Phrases.firstMeasure("I 2023 er de direkte klimagassutslippene redusert med 30 prosent").orElseThrow();
        assertThat(target.value()).isEqualByComparingTo("30");
        assertThat(target.unit()).isEqualTo("percent");
        assertThat(target.text()).isEqualTo("30 prosent");

        Measure level = Phrases.firstMeasure("3,5 TWh i 2013").orElseThrow();
        assertThat(level.value()).isEqualTo(new BigDecimal("3.5"));
        assertThat(level.unit()).isEqualTo("TWh");
        assertThat(Phrases.yearStated("3,5 TWh i 2013")).contains(2013);
        assertThat(Phrases.yearStated("<p>10,1 prosent per 2023</p>")).contains(2023);
        assertThat(Phrases.firstMeasure("Bygg iht. mål. Data for tekniske anlegg mangler foreløpig.")).isEmpty();
        assertThat(Phrases.firstMeasure("I 2030 er Trondheim kommune en nullutslippsvirksomhet")).isEmpty();
    }

    @Test
    void aPrintedValueKeepsItsTextAndSaysWhyItIsNoNumber() {
        Measure approximate = Measure.of("~ 100 prosent", null);
        assertThat(approximate.isNumber()).isFalse();
        assertThat(approximate.reason()).isNull();
        assertThat(approximate.problem()).contains("~ 100 prosent");
        assertThat(Measure.of("738.8 GWh", null).value()).isEqualTo(new BigDecimal("738.8"));
        assertThat(Measure.computed(new BigDecimal("96.72131"), 1, "percent").text()).isEqualTo("96,7");
    }
}
