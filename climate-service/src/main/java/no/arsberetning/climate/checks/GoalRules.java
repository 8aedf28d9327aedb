package no.arsberetning.climate.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.climate.goals.ClimateGoals;
import no.arsberetning.climate.goals.ClimateStatus;
import no.arsberetning.climate.goals.GoalView;
import no.arsberetning.climate.goals.StatusWording;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The climate goals: every goal has a reported status — as a colour, or in the goal's own words («delmålet … ble
 * nådd»); a reported status that the numbers contradict is shown; the printed goal tables and the goals agree on which goals there are, and a printed row that is no
 * goal (a goal's text broken over a page) is pointed out.
 */
@Component
@Order(1)
class GoalRules implements CheckRule {

    private static final Pattern GOAL_LABEL = Pattern.compile("(?iU)^\\s*Mål\\s+(\\d+[a-z]?)\\s*:");

    private final ClimateGoals goals;

    GoalRules(ClimateGoals goals) {
        this.goals = goals;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        List<GoalView> all = goals.views(data.year());
        List<Finding> findings = new ArrayList<>();
        for (GoalView g : all) {
            Optional<StatusWording.Stated> inText = g.reportedStatus() == ClimateStatus.NOT_ASSESSED
                    ? StatusWording.inText(g.comment()) : Optional.empty();
            if (inText.isPresent()) {
                if (g.computedStatus() != null && g.computedStatus() != inText.get().status()) {
                    findings.add(new Finding("goal-status-differs-from-computed", Severity.WARNING, List.of(), List.of(),
                            "Mål " + g.number() + " har ingen status som farge, men teksten sier «" + inText.get().sentence()
                                    + "» («" + inText.get().status().label().toLowerCase() + "»); tallene gir «"
                                    + g.computedStatus().label().toLowerCase() + "»: " + g.computedExplanation(),
                            g.computedStatus().label(), inText.get().status().label() + " («" + inText.get().sentence() + "»)"));
                }
            } else if (g.reportedStatus() == ClimateStatus.NOT_ASSESSED) {
                findings.add(withoutStatus(g));
            } else if (g.computedStatus() != null && g.computedStatus() != g.reportedStatus()) {
                findings.add(new Finding("goal-status-differs-from-computed", Severity.WARNING, List.of(), List.of(),
                        "Mål " + g.number() + " er rapportert som «" + g.reportedStatus().label().toLowerCase()
                                + "», men tallene gir «" + g.computedStatus().label().toLowerCase() + "»: " + g.computedExplanation(),
                        g.computedStatus().label(), g.reportedStatus().label()
                                + (g.statusWording() == null ? "" : " («" + Markup.plain(g.statusWording()) + "»)")));
            }
        }
        findings.addAll(tableRows(data.tables(), all));
        return findings;
    }

    private static Finding withoutStatus(GoalView g) {
        String indicator = Markup.plain(g.statusIndicator());
        String computed = g.computedStatus() == null ? ""
                : " Beregnet ut fra tallene er den «" + g.computedStatus().label().toLowerCase() + "»: " + g.computedExplanation();
        return new Finding("goal-without-status", Severity.WARNING, List.of(), List.of(),
                "Mål " + g.number() + " har ingen rapportert status (grønn, gul eller rød)." + computed,
                "en rapportert status", indicator.isBlank() || "-".equals(indicator)
                        ? "ingen status, status/indikator «" + indicator + "»" : "bare status/indikator «" + indicator + "»");
    }

    private static List<Finding> tableRows(List<ReportedTable> tables, List<GoalView> all) {
        List<Finding> findings = new ArrayList<>();
        Set<String> printed = new LinkedHashSet<>();
        boolean anyGoalTable = false;
        for (ReportedTable table : tables) {
            if (!ClimateSections.GOALS.equals(table.section())) {
                continue;
            }
            anyGoalTable = true;
            String previous = null;
            for (TableRow row : table.rows()) {
                if (!"line".equals(row.kind())) {
                    continue;
                }
                Matcher m = GOAL_LABEL.matcher(Markup.plain(row.label()));
                if (m.find()) {
                    previous = m.group(1);
                    printed.add(previous);
                } else {
                    findings.add(new Finding("goal-table-row-without-goal", Severity.INFO, List.of(), List.of(),
                            "Raden «" + Markup.plain(row.label()) + "» i «" + table.caption() + "» er ikke et eget mål"
                                    + (previous == null ? "." : "; den fortsetter trolig mål " + previous + " (brutt over side)."),
                            "én rad per mål", Markup.plain(row.label())));
                }
            }
        }
        if (!anyGoalTable) {
            return findings;
        }
        Set<String> stored = new LinkedHashSet<>(all.stream().map(GoalView::number).toList());
        for (String number : printed) {
            if (!stored.contains(number)) {
                findings.add(new Finding("goal-missing", Severity.ERROR, List.of(), List.of(),
                        "Mål " + number + " står i tabellen «Status for klimamålene», men finnes ikke som mål.",
                        "mål " + number, "mangler"));
            }
        }
        for (String number : stored) {
            if (!printed.contains(number)) {
                findings.add(new Finding("goal-not-in-table", Severity.ERROR, List.of(), List.of(),
                        "Mål " + number + " finnes som mål, men står ikke i tabellene «Status for klimamålene».",
                        "mål " + number + " i tabellen", "mangler"));
            }
        }
        return findings;
    }
}
