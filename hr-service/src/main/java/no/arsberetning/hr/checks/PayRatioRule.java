package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.hr.pay.PayRatio;
import no.arsberetning.hr.pay.PayRatios;
import no.arsberetning.hr.suppression.Suppression;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Women's pay as a percentage of men's per pay table (ldl. § 26a), which the print does not state: one info
 * finding per table with the ratio of its total and the group with the lowest ratio — among groups with at
 * least the suppression threshold of both women and men, so no finding points at a person.
 */
@Component
@Order(5)
class PayRatioRule implements CheckRule {

    static final String PAY_RATIO = "hr-pay-ratio";

    private final Suppression suppression;

    PayRatioRule(Suppression suppression) {
        this.suppression = suppression;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        Map<String, List<PayRatio>> byTable = new LinkedHashMap<>();
        PayRatios.of(data.tables()).forEach(r -> byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r));
        List<Finding> findings = new ArrayList<>();
        byTable.forEach((table, ratios) -> {
            Optional<PayRatio> total = ratios.stream().filter(PayRatio::total).findFirst();
            Optional<PayRatio> lowest = ratios.stream().filter(r -> !r.total() && r.bothAtLeast(suppression.threshold()))
                    .min(Comparator.comparing(PayRatio::ratio));
            if (total.isEmpty()) {
                return;
            }
            String message = "Kvinners gjennomsnittslønn er " + percent(total.get().ratio(), 1)
                    + " av menns i tabell " + table
                    + lowest.map(l -> " (lavest: «" + l.group() + "», " + percent(l.ratio(), 1) + ")").orElse("")
                    + ". Tallet er beregnet av tjenesten; rapporten oppgir det ikke.";
            findings.add(new Finding(PAY_RATIO, Severity.INFO, List.of(table), List.of(), message,
                    percent(BigDecimal.valueOf(100), 1), percent(total.get().ratio(), 1)));
        });
        return findings;
    }

    private static String percent(BigDecimal value, int scale) {
        return PrintedNumbers.format(value, scale) + " %";
    }
}
