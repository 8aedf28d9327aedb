package no.arsberetning.climate.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.indicators.EmissionIndicator;
import no.arsberetning.climate.indicators.EmissionIndicators;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.MissingReason;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The emission indicators and the figures in the text: every indicator has a value, a value is a number,
 * and numbers are written the Norwegian way.
 */
@Component
@Order(3)
class IndicatorRules implements CheckRule {

    private final EmissionIndicators indicators;
    IndicatorRules(EmissionIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        int year = data.year();
        List<Finding> findings = new ArrayList<>();
        String caption = indicators.table(year).map(t -> t.caption()).orElse("");
        for (EmissionIndicator i : indicators.all(year)) {
            String name = "«" + i.indicator() + "» (" + i.sector() + ")";
            if (i.value().reason() == MissingReason.NOT_REPORTED) {
                findings.add(new Finding("indicator-without-value", Severity.WARNING, List.of(), List.of(),
                        "Indikatoren " + name + " i «" + caption + "» har ingen verdi"
                                + (i.trendPrinted().isBlank() ? "." : ", bare en trend (" + i.trendPrinted() + ")."),
                        "en verdi", "«" + i.value().text() + "»"));
            } else if (i.value().problem() != null) {
                findings.add(new Finding("indicator-value-not-a-number", Severity.WARNING, List.of(), List.of(),
                        "Verdien til indikatoren " + name + " er ikke et tall og kan ikke sammenlignes eller vises i diagram: "
                                + i.value().problem() + ".", "et tall med enhet", "«" + i.value().text() + "»"));
            }
            NumberFormats.decimalPointFixed(i.value()).ifPresent(fixed -> findings.add(new Finding("number-with-decimal-point",
                    Severity.WARNING, List.of(), List.of(), "Verdien til indikatoren " + name + " er skrevet med desimalpunktum; "
                            + "den er lest som " + i.value().value().toPlainString().replace('.', ',') + " " + i.value().unit()
                            + ". Er det riktig, skal den skrives med komma.", fixed, i.value().text())));
        }
        for (StatedFigure f : data.figures()) {
            Measure read = Measure.of(f);
            NumberFormats.decimalPointFixed(read).ifPresent(fixed -> findings.add(new Finding("number-with-decimal-point",
                    Severity.WARNING, List.of(), List.of(), "Tallet i «" + f.text() + "» er skrevet med desimalpunktum.",
                    fixed, read.text())));
        }
        return findings;
    }
}
