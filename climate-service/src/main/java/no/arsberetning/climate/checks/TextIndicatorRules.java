package no.arsberetning.climate.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.arsberetning.climate.organisation.TextIndicator;
import no.arsberetning.climate.organisation.TextIndicator.PeriodValue;
import no.arsberetning.climate.organisation.TextIndicator.Statement;
import no.arsberetning.climate.organisation.TextIndicators;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The indicators the text states: the same value is stated the same way everywhere (the introduction and a
 * goal's comment); a trend the text claims is what the values show; a target the text gives is reached; and
 * a value printed in a table agrees with the counts the text gives for it.
 */
@Component
@Order(4)
class TextIndicatorRules implements CheckRule {

    private static final Pattern APPROXIMATE = Pattern.compile("^\\s*(?:~|ca\\.?|om lag|omtrent)\\s*(.+)$");

    private final TextIndicators indicators;

    TextIndicatorRules(TextIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (TextIndicator i : indicators.all(data.year())) {
            for (PeriodValue v : i.values()) {
                if (!v.statementsAgree()) {
                    findings.add(statedDifferently(i, v));
                }
            }
            if (i.statedTrend() != null && Boolean.FALSE.equals(i.statedTrend().holds())) {
                String way = "down".equals(i.statedTrend().direction()) ? "nedgang" : "økning";
                findings.add(new Finding("stated-trend-contradicts-values", Severity.WARNING, List.of(), List.of(),
                        "Teksten sier «" + i.statedTrend().claim() + "», men «" + i.label() + "» gikk ikke den veien fra "
                                + i.statedTrend().from() + " til " + i.statedTrend().to() + ": " + i.statedTrend().values() + ".",
                        way + " fra " + i.statedTrend().from() + " til " + i.statedTrend().to(), i.statedTrend().values()));
            }
            if (i.target() != null && Boolean.FALSE.equals(i.target().reached())) {
                String bound = "at-most".equals(i.target().direction()) ? "høyst " : "minst ";
                findings.add(new Finding("text-target-not-reached", Severity.WARNING, List.of(), List.of(),
                        "«" + i.label() + "» er " + i.target().comparedWith().text() + " " + unit(i.unit()) + " for "
                                + i.target().period() + ", målet er " + bound + i.target().value().text() + " " + unit(i.unit())
                                + " («" + i.target().statements().get(0).text() + "»).",
                        bound + i.target().value().text() + " " + unit(i.unit()), i.target().comparedWith().text() + " " + unit(i.unit())));
            }
            countsVersusTable(i).ifPresent(findings::add);
        }
        return findings;
    }

    private static Finding statedDifferently(TextIndicator i, PeriodValue v) {
        String stated = v.statements().stream()
                .map(s -> s.value().text() + " " + unit(i.unit()) + " («" + s.text() + "»" + line(s) + ")")
                .collect(Collectors.joining(" og "));
        Statement first = v.statements().get(0);
        String others = v.statements().stream().skip(1).map(s -> s.value().text() + " " + unit(i.unit()))
                .collect(Collectors.joining(", "));
        return new Finding("value-stated-differently", Severity.WARNING, List.of(), List.of(),
                "«" + i.label() + "» for " + v.period() + " er oppgitt ulikt i teksten: " + stated
                        + ". Er det samme størrelse, må ett av tallene rettes; er det ulike størrelser, bør teksten si hva som skiller dem.",
                first.value().text() + " " + unit(i.unit()), others);
    }

    /** A table cell stated for the same thing as a share the text gives counts for («~ 100 prosent» vs 59 of 61). */
    private static Optional<Finding> countsVersusTable(TextIndicator i) {
        if (i.share() == null || i.share().share() == null || i.statedIn() == null) {
            return Optional.empty();
        }
        Measure stated = i.statedIn();
        BigDecimal statedValue = stated.value();
        boolean approximate = false;
        if (statedValue == null) {
            Matcher m = APPROXIMATE.matcher(stated.text());
            Measure inner = m.matches() ? Measure.of(m.group(1), null) : null;
            if (inner == null || !inner.isNumber()) {
                return Optional.empty();
            }
            statedValue = inner.value();
            approximate = true;
        }
        BigDecimal computed = i.share().share().value();
        // a value printed loosely («~ 100 prosent») holds within 10 %, as every loosely stated number (docs/checks.md)
        BigDecimal room = approximate ? statedValue.abs().divide(BigDecimal.TEN)
                : BigDecimal.ONE.movePointLeft(Math.max(0, statedValue.scale())).divide(BigDecimal.valueOf(2));
        if (statedValue.subtract(computed).abs().compareTo(room) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding("table-value-differs-from-counts", Severity.WARNING, List.of(), List.of(),
                "Tabellen «" + i.statedInTable() + "» oppgir «" + stated.text() + "»" + (approximate ? " (omtrentlig)" : "")
                        + ", men tellingene i teksten gir " + i.share().part().text() + " av " + i.share().whole().text() + " = "
                        + i.share().share().text() + " prosent (" + i.label().toLowerCase() + ", " + i.share().period() + ").",
                i.share().share().text() + " prosent", stated.text()));
    }

    private static String line(Statement s) {
        return s.seedLine() == null ? "" : ", linje " + s.seedLine();
    }

    private static String unit(String unit) {
        return "percent".equals(unit) ? "prosent" : unit == null ? "" : unit;
    }
}
