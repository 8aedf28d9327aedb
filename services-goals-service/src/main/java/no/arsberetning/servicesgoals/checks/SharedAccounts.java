package no.arsberetning.servicesgoals.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.checks.SharedFigures;
import no.arsberetning.servicesgoals.accounts.AccountsTable;
import no.arsberetning.servicesgoals.areas.AreaIndex;
import no.arsberetning.servicesgoals.areas.AreaRegister;

import org.springframework.stereotype.Component;

/**
 * Each area's own accounts table (4.1, 6.1, …) as chapter 1 states the same figures:
 * {@code driftsregnskap/<area>/regnskap|revidert-budsjett|opprinnelig-budsjett|avvik}.
 */
@Component
class SharedAccounts implements SharedFigures {

    private final AreaRegister register;

    SharedAccounts(AreaRegister register) {
        this.register = register;
    }

    @Override
    public List<SharedFigure> shared(ChapterData data) {
        AreaIndex areas = register.index();
        List<SharedFigure> shared = new ArrayList<>();
        for (AccountsTable t : data.tables().stream().map(AccountsTable::of).flatMap(Optional::stream).toList()) {
            String name = areas.nameOf(t.area());
            add(shared, data, t, "regnskap", t.actual(), name);
            add(shared, data, t, "revidert-budsjett", t.revised(), name);
            add(shared, data, t, "opprinnelig-budsjett", t.original(), name);
            add(shared, data, t, "avvik", t.deviation(), name);
        }
        return shared;
    }

    private static void add(List<SharedFigure> shared, ChapterData data, AccountsTable t, String measure, int column,
            String area) {
        if (column >= 0) {
            shared.add(SharedFigure.of("driftsregnskap/" + t.area() + "/" + measure, measure.replace('-', ' ') + " for " + area,
                    Expr.cell(t.table().key(), t.row().key(), t.columnKey(column)), data, "tabell " + t.table().number()));
        }
    }
}
