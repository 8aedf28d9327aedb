package no.arsberetning.common.tables;

/**
 * Where a service puts a table in its reporting cycle, and which service area each row concerns. A
 * service with area-owned data provides its own; the default puts each table in its own section,
 * owned by controllers.
 */
public interface TablePlacement {

    /** The section key a table belongs to (see {@code SectionCatalog}). */
    default String section(TableDraft table) {
        return "table:" + table.key();
    }

    /** The canonical code of the service area a row concerns, or null. */
    default String rowArea(TableDraft table, String rowLabel) {
        return table.areas() != null && table.areas().size() == 1 ? table.areas().get(0) : null;
    }
}
