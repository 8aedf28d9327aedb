package no.arsberetning.servicesgoals.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.tables.TableStore;
import no.arsberetning.servicesgoals.areas.AreaIndex;
import no.arsberetning.servicesgoals.areas.AreaRegister;

import org.springframework.stereotype.Component;

/** The year's per-area operating accounts, read from the stored accounts tables. */
@Component
public class Accounts {

    static final String EXPLANATION_PREFIX = "explanation:";

    private final TableStore tables;
    private final AreaRegister register;

    Accounts(TableStore tables, AreaRegister register) {
        this.tables = tables;
        this.register = register;
    }

    /** Every accounts table of the year, in printed order. */
    public List<AccountsTable> tables(int year) {
        return tables.all(year).stream().map(AccountsTable::of).flatMap(Optional::stream).toList();
    }

    public List<AreaAccount> all(int year) {
        AreaIndex index = register.index();
        return tables(year).stream().map(t -> view(t, index)).toList();
    }

    public Optional<AreaAccount> of(int year, String area) {
        return all(year).stream().filter(a -> a.area().equals(area)).findFirst();
    }

    public static String explanationKey(String area) {
        return EXPLANATION_PREFIX + area;
    }

    private static AreaAccount view(AccountsTable t, AreaIndex index) {
        var cells = t.row().cells();
        BigDecimal actual = cells.get(t.actual()).value();
        BigDecimal revised = cells.get(t.revised()).value();
        BigDecimal computed = actual == null || revised == null ? null
                : revised.subtract(actual).multiply(BigDecimal.valueOf(t.convention().sign()));
        return new AreaAccount(t.area(), index.nameOf(t.area()), t.table().chapter(), t.table().number(), t.table().key(),
                t.table().unit(), AreaAccount.Amount.of(cells.get(t.actual())), AreaAccount.Amount.of(cells.get(t.revised())),
                t.original() < 0 ? null : AreaAccount.Amount.of(cells.get(t.original())),
                AreaAccount.Amount.of(cells.get(t.deviation())), computed, t.convention(), t.table().section(),
                explanationKey(t.area()));
    }
}
