package no.arsberetning.finance.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.checks.SharedFigures;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.finance.cycle.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * What chapter 1 prints that other chapters print too: each service area's accounts in table 1.2
 * ({@code driftsregnskap/<area>/regnskap|revidert-budsjett|opprinnelig-budsjett|avvik}), and the climate
 * investments' line of table 1.4 ({@code klimainvesteringer/regnskap|budsjett}).
 */
@Component
class SharedAccounts implements SharedFigures {

    /** Shared measure → column key of table 1.2. */
    private static final List<String[]> AREA_COLUMNS = List.of(new String[] {"regnskap", "regnskap-2023"},
            new String[] {"revidert-budsjett", "regulert-budsjett-2023"},
            new String[] {"opprinnelig-budsjett", "opprinnelig-budsjett-2023"}, new String[] {"avvik", "avvik"});

    @Override
    public List<SharedFigure> shared(ChapterData data) {
        List<SharedFigure> shared = new ArrayList<>();
        data.table(ChapterTables.AREA_RESULTS).ifPresent(t -> {
            for (TableRow row : t.rows()) {
                if (row.area() != null && "line".equals(row.kind())) {
                    for (String[] c : AREA_COLUMNS) {
                        shared.add(SharedFigure.of("driftsregnskap/" + row.area() + "/" + c[0], c[0].replace('-', ' ')
                                + " for " + row.label(), Expr.cell(t.key(), row.key(), c[1]), data, place(t)));
                    }
                }
            }
        });
        data.table(ChapterTables.INVESTMENT_AREAS).filter(t -> t.rows().stream().anyMatch(r -> r.key().equals(CLIMATE)))
                .ifPresent(t -> {
                    shared.add(SharedFigure.of("klimainvesteringer/regnskap", "Klimainvesteringenes regnskap",
                            Expr.cell(t.key(), CLIMATE, "regnskap-2023"), data, place(t)));
                    shared.add(SharedFigure.of("klimainvesteringer/budsjett", "Klimainvesteringenes budsjett",
                            Expr.cell(t.key(), CLIMATE, "regulert-budsjett-2023"), data, place(t)));
                });
        return shared;
    }

    private static final String CLIMATE = "klimainvesteringer";

    private static String place(ReportedTable table) {
        return "tabell " + table.number();
    }
}
