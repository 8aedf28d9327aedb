package no.arsberetning.hr.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.hr.inspections.FollowUpStatus;
import no.arsberetning.hr.inspections.Inspection;
import no.arsberetning.hr.inspections.InspectionStore;
import no.arsberetning.hr.inspections.Outcome;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The inspections (kommuneloven § 25-2: report the conclusions and how deviations are followed up): every
 * inspection with orders or deviations says how it is followed up; a deadline that passed within the year is
 * met; the stated number of orders fits the outcome; and the number of units the text says Arbeidstilsynet
 * inspected on one topic is the number of inspections listed on it.
 */
@Component
@Order(4)
class InspectionRule implements CheckRule {

    static final String FOLLOW_UP = "hr-inspection-follow-up";
    static final String DEADLINE = "hr-inspection-deadline";
    static final String OUTCOME = "hr-inspection-outcome";
    static final String COUNT = "hr-inspection-count";

    private final InspectionStore inspections;

    InspectionRule(InspectionStore inspections) {
        this.inspections = inspections;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        LocalDate yearEnd = LocalDate.of(data.year(), 12, 31);
        for (Inspection i : inspections.all(data.year())) {
            String name = i.authority() + " – " + i.unit();
            if (i.outcome() != null && i.outcome().needsFollowUp() && i.followUpStatus() == FollowUpStatus.NOT_DESCRIBED) {
                findings.add(new Finding(FOLLOW_UP, Severity.WARNING, List.of(), i.areas(),
                        "Tilsynet «" + name + "» fant " + (i.ordersCount() != null && i.ordersCount() > 0
                                ? i.ordersCount() + " pålegg" : "avvik") + ", men rapporten sier ikke hvordan det følges opp.",
                        "en beskrivelse av oppfølgingen", "ingen"));
            }
            if (i.deadline() != null && !i.deadline().isAfter(yearEnd) && i.followUpStatus() != FollowUpStatus.CLOSED) {
                findings.add(new Finding(DEADLINE, Severity.WARNING, List.of(), i.areas(),
                        "Fristen for tilsynet «" + name + "» gikk ut " + i.deadline() + ", men oppfølgingen er ikke lukket.",
                        FollowUpStatus.CLOSED.label(), i.followUpStatus() == null ? "" : i.followUpStatus().label()));
            }
            if (i.ordersCount() != null && i.ordersCount() > 0 && i.outcome() != Outcome.ORDERS) {
                findings.add(new Finding(OUTCOME, Severity.WARNING, List.of(), i.areas(),
                        "Tilsynet «" + name + "» har " + i.ordersCount() + " pålegg, men utfallet er «"
                                + (i.outcome() == null ? "" : i.outcome().label()) + "».",
                        Outcome.ORDERS.label(), i.outcome() == null ? "" : i.outcome().label()));
            }
        }
        stated(data).ifPresent(findings::add);
        return findings;
    }

    /** «… på elleve enheter»: the Arbeidstilsynet inspections on the topic the figure's sentence names. */
    private Optional<Finding> stated(ChapterData data) {
        Optional<StatedFigure> figure = data.figure("tilsyn-arbeidstilsynet-enheter");
        if (figure.isEmpty() || figure.get().number() == null) {
            return Optional.empty();
        }
        long listed = inspections.all(data.year()).stream()
                .filter(i -> "Arbeidstilsynet".equalsIgnoreCase(i.authority()) && i.topic() != null
                        && figure.get().text().contains(i.topic()))
                .count();
        if (listed == figure.get().number().longValue()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(COUNT, Severity.WARNING, List.of(), List.of(),
                "Teksten sier at Arbeidstilsynet hadde tilsyn på " + figure.get().value() + " enheter («" + figure.get().text()
                        + "»), men " + listed + " slike tilsyn er beskrevet.",
                PrintedNumbers.format(figure.get().number()), Long.toString(listed)));
    }
}
