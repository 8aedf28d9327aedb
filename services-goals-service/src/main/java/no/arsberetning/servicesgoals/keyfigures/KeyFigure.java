package no.arsberetning.servicesgoals.keyfigures;

import java.math.BigDecimal;
import java.time.Instant;

import no.arsberetning.common.report.MissingReason;

/**
 * One key figure: a measure for an entity (the municipality, another city, the ASSS average) and a
 * period, with its value, unit and source — or why it is missing.
 *
 * @param basis what the measure is counted per («innbygger 1-5 år»), where its name says so
 * @param text the value as printed (or as the source file gave it)
 * @param missingNote the footnote or status symbol that explains a missing value
 * @param preliminary whether the source marks the value as preliminary
 */
public record KeyFigure(
        String area,
        String measure,
        String entity,
        String period,
        String basis,
        BigDecimal value,
        String text,
        String unit,
        String source,
        MissingReason missingReason,
        String missingNote,
        boolean preliminary,
        Origin origin) {

    /**
     * Where the figure is stored: a printed table's cell ({@code kind} "table", with table number, row and
     * column) or an imported statistics file ({@code kind} "json-stat", with the statistics table id, the
     * time of retrieval and the import).
     */
    public record Origin(String kind, String table, String row, String column, String sourceTable, Instant retrievedAt,
            String fileName, String importId) {

        static Origin table(String number, String row, String column) {
            return new Origin("table", number, row, column, null, null, null, null);
        }
    }
}
