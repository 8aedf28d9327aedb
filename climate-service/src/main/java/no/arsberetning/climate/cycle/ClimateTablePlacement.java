package no.arsberetning.climate.cycle;

import no.arsberetning.common.tables.TableDraft;
import no.arsberetning.common.tables.TablePlacement;

import org.springframework.stereotype.Component;

/**
 * The chapter's printed tables in the reporting cycle: the two «Status for klimamålene» tables belong to
 * the goals, the indicator table to the emission indicators. No row concerns a service area.
 */
@Component
class ClimateTablePlacement implements TablePlacement {

    static final String GOAL_TABLE_CAPTION = "Status for klimamålene";

    @Override
    public String section(TableDraft table) {
        String caption = table.caption() == null ? "" : table.caption().trim();
        if (caption.startsWith(GOAL_TABLE_CAPTION)) {
            return ClimateSections.GOALS;
        }
        if (caption.startsWith("Indikatorer for klimagassutslipp")) {
            return ClimateSections.INDICATORS;
        }
        return "table:" + table.key();
    }

    @Override
    public String rowArea(TableDraft table, String rowLabel) {
        return null;
    }
}
