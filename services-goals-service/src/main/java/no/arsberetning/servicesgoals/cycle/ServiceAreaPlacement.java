package no.arsberetning.servicesgoals.cycle;

import no.arsberetning.common.tables.TableDraft;
import no.arsberetning.common.tables.TablePlacement;
import no.arsberetning.servicesgoals.accounts.AccountsTable;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.areas.AreaSections;

import org.springframework.stereotype.Component;

/**
 * Where the service's tables sit in the reporting cycle: an area's accounts table belongs to the area's
 * section ({@code area:<code>}, submitted by its reporters together with the explanation and the
 * indicator results); key-figure tables are controllers' ({@code table:<key>}). Rows get the table's
 * area, or the area their label names (aliases included).
 */
@Component
class ServiceAreaPlacement implements TablePlacement {

    private final AreaRegister register;

    ServiceAreaPlacement(AreaRegister register) {
        this.register = register;
    }

    @Override
    public String section(TableDraft table) {
        boolean single = table.areas() != null && table.areas().size() == 1;
        return single && AccountsTable.isAccounts(table) ? AreaSections.of(table.areas().get(0)) : "table:" + table.key();
    }

    @Override
    public String rowArea(TableDraft table, String rowLabel) {
        if (table.areas() != null && table.areas().size() == 1) {
            return table.areas().get(0);
        }
        return register.index().resolve(rowLabel).orElse(null);
    }
}
