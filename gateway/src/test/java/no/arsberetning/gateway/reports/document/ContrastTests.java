package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.arsberetning.common.report.GoalStatus;

import org.junit.jupiter.api.Test;

/** Text and chart colours meet WCAG 2.1 AA contrast (4.5:1), computed as WCAG defines it. */
class ContrastTests {

    /** Foreground, background: every text colour pair the stylesheet uses. */
    private static final List<String[]> CSS_PAIRS = List.of(
            new String[] {"#1a1a1a", "#ffffff"}, new String[] {"#4a4a4a", "#ffffff"}, new String[] {"#0b3d6b", "#ffffff"},
            new String[] {"#0b5394", "#ffffff"}, new String[] {"#1a1a1a", "#e8eef4"}, new String[] {"#5c3200", "#fff4e5"},
            new String[] {"#8a1c1c", "#fdecea"}, new String[] {"#6b4500", "#fff4e5"}, new String[] {"#0b4f79", "#e8f1f8"},
            new String[] {"#ffffff", "#0b3d6b"}, new String[] {"#0b3d6b", "#e8eef4"});

    @Test
    void stylesheetTextColoursHaveAtLeast45To1() throws IOException {
        String css = css();
        for (String[] pair : CSS_PAIRS) {
            assertThat(css).as("the stylesheet uses %s", pair[0]).contains(pair[0]);
            assertThat(css).as("the stylesheet uses %s", pair[1]).contains(pair[1]);
            assertThat(ratio(pair[0], pair[1])).as("%s on %s", pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void chartColoursHaveAtLeast45To1OnWhiteAndCarryWhiteText() {
        List<String> colours = new java.util.ArrayList<>(List.of(ChartPalette.TEXT, ChartPalette.AXIS, ChartPalette.POSITIVE, ChartPalette.NEGATIVE));
        colours.addAll(ChartPalette.SERIES);
        for (GoalStatus status : GoalStatus.values()) {
            colours.add(ChartPalette.status(status));
        }
        for (String colour : colours) {
            assertThat(ratio(colour, ChartPalette.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theFormulaIsWcags() {
        assertThat(ratio("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio("#767676", "#ffffff")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String css() throws IOException {
        try (InputStream in = ContrastTests.class.getClassLoader().getResourceAsStream(ReportHtmlRenderer.CSS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
