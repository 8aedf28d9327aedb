package no.arsberetning.gateway.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.gateway.reports.CrossServiceRules;
import no.arsberetning.gateway.services.ClimateApi;
import no.arsberetning.gateway.services.ClimateApi.Investments;
import no.arsberetning.gateway.services.ServiceApi.StoredRow;
import no.arsberetning.gateway.services.ServiceApi.StoredTable;
import no.arsberetning.gateway.services.ServiceClients;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** The climate budget's investment measures against finance's line for the same money (table 1.4). */
@Component
class ClimateInvestmentsRule implements CrossServiceRules {

    static final String RULE = "climate-investments-match-investment-statement";

    private final ServiceClients clients;
    private final CrossServiceCalls calls;

    ClimateInvestmentsRule(ServiceClients clients, CrossServiceCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Mono<List<Finding>> check(int year) {
        Mono<List<Finding>> findings = clients.of("climate", ClimateApi.class).investments(year).flatMap(investments -> {
            String table = investments.comparableWith() != null && investments.comparableWith().table() != null
                    ? investments.comparableWith().table() : "1.4";
            return clients.of("finance").table(year, table).map(statement -> compare(investments, statement));
        });
        return calls.guarded(RULE, findings, "Klimainvesteringene og investeringsregnskapet");
    }

    static List<Finding> compare(Investments climate, StoredTable statement) {
        String rowLabel = climate.comparableWith() != null && climate.comparableWith().row() != null
                ? climate.comparableWith().row() : "Klimainvesteringer";
        StoredRow line = statement.rows().stream().filter(r -> r.label().equalsIgnoreCase(rowLabel)).findFirst().orElse(null);
        List<Finding> findings = new ArrayList<>();
        if (line == null) {
            findings.add(new Finding(RULE, Finding.Severity.WARNING, List.of(statement.number()), List.of(),
                    "Fant ikke linjen «" + rowLabel + "» i tabell " + statement.number() + ".", rowLabel, null));
            return findings;
        }
        compare("regnskap", climate.totalActual(), line, statement.column("Regnskap"), statement, findings);
        compare("budsjett", climate.totalBudget(), line, Math.max(statement.column("Regulert"), statement.column("Revidert")),
                statement, findings);
        return findings;
    }

    private static void compare(String what, ClimateApi.Measure climate, StoredRow line, int column, StoredTable statement,
            List<Finding> findings) {
        if (climate == null || climate.value() == null || column < 0 || line.cells().get(column).value() == null) {
            if (column >= 0 && line.cells().get(column).value() != null) {
                findings.add(new Finding(RULE, Finding.Severity.INFO, List.of(statement.number()), List.of(),
                        "Klimabudsjettet oppgir ikke samlet " + what + " for klimainvesteringene; tabell " + statement.number()
                                + " har " + line.cells().get(column).text() + ".", line.cells().get(column).text(), null));
            }
            return;
        }
        BigDecimal finance = line.cells().get(column).value();
        if (finance.compareTo(climate.value()) != 0) {
            findings.add(new Finding(RULE, Finding.Severity.ERROR, List.of(statement.number()), List.of(),
                    "Klimainvesteringenes " + what + " er " + climate.text() + " i klimabudsjettet, men "
                            + line.cells().get(column).text() + " i tabell " + statement.number() + ".",
                    line.cells().get(column).text(), climate.text()));
        }
    }
}
