package no.arsberetning.climate.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.trajectory.EmissionTrajectory;
import no.arsberetning.climate.trajectory.Trajectory.Statement;
import no.arsberetning.climate.trajectory.TrajectoryView;
import no.arsberetning.climate.trajectory.TrajectoryView.Cut;
import no.arsberetning.climate.trajectory.TrajectoryView.Outlook;
import no.arsberetning.climate.trajectory.TrajectoryView.TargetStatus;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The emission trajectory: the chapter states each cut and target the same way wherever it states it; a
 * target whose year has come is reached; the pace so far is enough to reach the final target; and how old
 * the latest emission figures are.
 */
@Component
@Order(2)
class TrajectoryRules implements CheckRule {

    private final EmissionTrajectory trajectory;

    TrajectoryRules(EmissionTrajectory trajectory) {
        this.trajectory = trajectory;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        int year = data.year();
        return trajectory.view(year).map(v -> check(v, year)).orElse(List.of());
    }

    private static List<Finding> check(TrajectoryView v, int year) {
        List<Finding> findings = new ArrayList<>();
        for (Cut cut : v.reported()) {
            if (!cut.statementsAgree()) {
                findings.add(disagree("trajectory-cut-stated-differently", "Utslippskuttet for " + cut.year(), cut.statements()));
            }
        }
        for (TargetStatus t : v.targets()) {
            if (!t.statementsAgree()) {
                findings.add(disagree("trajectory-target-stated-differently", "Målet for " + t.year(), t.statements()));
            }
        }
        if (v.latest() != null) {
            for (Statement s : v.undated()) {
                Measure value = Measure.of(s.reduction(), "percent");
                if (value.isNumber() && value.value().compareTo(v.latest().reduction().value()) != 0) {
                    findings.add(new Finding("trajectory-cut-stated-differently", Severity.ERROR, List.of(), List.of(),
                            "«" + s.text() + "» stemmer ikke med det siste rapporterte kuttet (" + v.latest().year() + ").",
                            v.latest().reduction().text(), s.reduction()));
                }
            }
            if (v.latest().year() < year) {
                findings.add(new Finding("trajectory-latest-figures-lag", Severity.INFO, List.of(), List.of(),
                        "Siste utslippstall er for " + v.latest().year() + "; tall for " + year
                                + " er ikke tilgjengelige ennå. Målene vurderes mot " + v.latest().year() + ".",
                        String.valueOf(year), String.valueOf(v.latest().year())));
            }
        }
        for (TargetStatus t : v.targets()) {
            if (t.due() && Boolean.FALSE.equals(t.reached())) {
                findings.add(new Finding("trajectory-target-not-reached", Severity.WARNING, List.of(), List.of(),
                        "Målet om " + pct(t.reduction()) + " kutt i " + t.year() + " sammenlignet med " + v.referenceYear()
                                + " er ikke nådd: kuttet er " + pct(v.latest().reduction()) + " per " + t.measuredYear()
                                + ", " + t.gap().text() + " prosentpoeng under målet.",
                        t.reduction().text() + " kutt i " + t.year(), v.latest().reduction().text() + " kutt per " + t.measuredYear()));
            }
        }
        Outlook o = v.outlook();
        if (o != null && o.paceSoFar().value().compareTo(o.requiredPerYear().value()) < 0) {
            findings.add(new Finding("trajectory-pace-too-slow", Severity.WARNING, List.of(), List.of(),
                    "Med snittet siden " + v.referenceYear() + " (" + o.paceSoFar().text() + " prosentpoeng i året) blir kuttet "
                            + o.projected().text() + " prosent i " + o.targetYear() + ", ikke " + pct(o.target())
                            + ". Fra " + o.fromYear() + " trengs " + o.requiredPerYear().text() + " prosentpoeng i året ("
                            + o.requiredAnnualRate().text() + " prosent av utslippene året før, hvert år).",
                    o.requiredPerYear().text() + " prosentpoeng per år", o.paceSoFar().text() + " prosentpoeng per år"));
        }
        return findings;
    }

    private static Finding disagree(String rule, String what, List<Statement> statements) {
        String stated = statements.stream().map(s -> s.reduction() + (s.seedLine() == null ? "" : " (linje " + s.seedLine() + ")"))
                .collect(Collectors.joining(", "));
        return new Finding(rule, Severity.ERROR, List.of(), List.of(), what + " er oppgitt ulikt: " + stated + ".",
                statements.get(0).reduction(), stated);
    }

    private static String pct(Measure m) {
        return PrintedNumbers.format(m.value()) + " prosent";
    }
}
