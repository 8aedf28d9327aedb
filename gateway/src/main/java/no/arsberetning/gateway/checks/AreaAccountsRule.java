package no.arsberetning.gateway.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.arsberetning.common.report.Finding;
import no.arsberetning.gateway.reports.CrossServiceRules;
import no.arsberetning.gateway.services.ServiceAreasApi;
import no.arsberetning.gateway.services.ServiceAreasApi.AreaAccount;
import no.arsberetning.gateway.services.ServiceApi.StoredRow;
import no.arsberetning.gateway.services.ServiceApi.StoredTable;
import no.arsberetning.gateway.services.ServiceClients;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Each area's figures in finance's results per area (table 1.2) against the area's own accounts table in
 * its chapter (4.1, 6.1, …). Table 1.2 prints whole millions: a figure that is the rounding of the
 * chapter's figure agrees; up to one and a half units off is a warning, more is an error.
 */
@Component
class AreaAccountsRule implements CrossServiceRules {

    static final String RULE = "area-accounts-match-table-1.2";

    private final ServiceClients clients;
    private final CrossServiceCalls calls;

    AreaAccountsRule(ServiceClients clients, CrossServiceCalls calls) {
        this.clients = clients;
        this.calls = calls;
    }

    @Override
    public Mono<List<Finding>> check(int year) {
        Mono<StoredTable> results = clients.of("finance").table(year, "1.2");
        Mono<List<AreaAccount>> accounts = clients.of("services-goals", ServiceAreasApi.class).accounts(year);
        return calls.guarded(RULE, Mono.zip(results, accounts).map(both -> compare(both.getT1(), both.getT2())),
                "Tabell 1.2 og tjenesteområdenes egne regnskap");
    }

    static List<Finding> compare(StoredTable results, List<AreaAccount> accounts) {
        Map<String, AreaAccount> byArea = accounts.stream()
                .collect(Collectors.toMap(AreaAccount::area, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        int[] columns = {results.column("Regnskap"), Math.max(results.column("Regulert"), results.column("Revidert")),
                results.column("Opprinnelig"), results.column("Avvik")};
        String[] names = {"regnskap", "revidert budsjett", "opprinnelig budsjett", "avvik"};
        for (StoredRow row : results.rows()) {
            AreaAccount account = row.area() == null ? null : byArea.get(row.area());
            if (account == null) {
                continue;
            }
            ServiceAreasApi.Amount[] own = {account.actual(), account.revisedBudget(), account.originalBudget(), account.deviation()};
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] < 0 || own[i] == null || own[i].value() == null || row.cells().get(columns[i]).value() == null) {
                    continue;
                }
                BigDecimal printed = row.cells().get(columns[i]).value();
                BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
                BigDecimal difference = printed.subtract(own[i].value()).abs();
                if (difference.compareTo(unit.divide(BigDecimal.valueOf(2))) > 0) {
                    boolean nearly = difference.compareTo(unit.multiply(new BigDecimal("1.5"))) <= 0;
                    findings.add(new Finding(RULE, nearly ? Finding.Severity.WARNING : Finding.Severity.ERROR,
                            List.of(results.number(), account.table()), List.of(row.area()),
                            "«" + names[i] + "» for " + account.areaName() + " er " + row.cells().get(columns[i]).text()
                                    + " i tabell " + results.number() + ", men " + own[i].text() + " i tabell " + account.table()
                                    + (nearly ? " (mer enn avrunding kan forklare)." : "."),
                            own[i].text(), row.cells().get(columns[i]).text()));
                }
            }
        }
        return findings;
    }
}
