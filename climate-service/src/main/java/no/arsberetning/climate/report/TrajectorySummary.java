package no.arsberetning.climate.report;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.trajectory.TrajectoryView;
import no.arsberetning.climate.trajectory.TrajectoryView.Outlook;
import no.arsberetning.climate.trajectory.TrajectoryView.TargetStatus;
import no.arsberetning.common.numbers.PrintedNumbers;

/** The trajectory in words, above its table: where the cut stands, the gap to each target due, and the pace needed. */
final class TrajectorySummary {

    private TrajectorySummary() {
    }

    static String of(TrajectoryView v) {
        StringBuilder text = new StringBuilder("<p>");
        String reference = v.referenceYear() == null ? "referanseåret" : String.valueOf(v.referenceYear());
        if (v.latest() == null) {
            return text.append("Det er ikke rapportert noe utslippskutt sammenlignet med ").append(reference).append(".</p>").toString();
        }
        text.append("Per ").append(v.latest().year()).append(" er de direkte klimagassutslippene kuttet ")
                .append(percent(v.latest().reduction())).append(" sammenlignet med ").append(reference).append(".");
        for (TargetStatus t : v.targets()) {
            if (t.due() && Boolean.FALSE.equals(t.reached())) {
                text.append(" Målet for ").append(t.year()).append(" var ").append(percent(t.reduction()))
                        .append(": det mangler ").append(t.gap().text()).append(" prosentpoeng");
                if (t.measuredYear() != null && t.measuredYear() < t.year()) {
                    text.append(" (målt mot ").append(t.measuredYear()).append(", siden tall for ").append(t.year())
                            .append(" ikke er tilgjengelige ennå)");
                }
                text.append(".");
            }
        }
        Outlook o = v.outlook();
        if (o != null) {
            text.append(" For å nå ").append(percent(o.target())).append(" i ").append(o.targetYear())
                    .append(" må utslippene kuttes med ").append(o.requiredPerYear().text())
                    .append(" prosentpoeng i året fra ").append(o.fromYear()).append(" (").append(o.requiredAnnualRate().text())
                    .append(" prosent av utslippene året før, hvert år). Snittet siden ").append(reference).append(" er ")
                    .append(o.paceSoFar().text()).append(" prosentpoeng i året; med den takten blir kuttet ")
                    .append(o.projected().text()).append(" prosent i ").append(o.targetYear()).append(".");
        }
        return text.append("</p>").toString();
    }

    private static String percent(Measure m) {
        return PrintedNumbers.format(m.value()) + " prosent";
    }
}
