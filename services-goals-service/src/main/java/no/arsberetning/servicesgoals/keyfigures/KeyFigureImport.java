package no.arsberetning.servicesgoals.keyfigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One imported statistics file with all its values: one document, so an import is written whole or not
 * at all. Every value keeps the statistics table it came from, when it was retrieved and whether the
 * source marks it preliminary.
 *
 * @param sourceTable the statistics table id («12272»)
 * @param retrievedAt the file's {@code updated} time, or the upload time when the file has none
 *                    ({@code retrievedFrom} says which)
 * @param dimensions what each dimension of the file is: its id, label and role
 */
@Document(KeyFigureImport.COLLECTION)
@CompoundIndex(name = "year_at", def = "{'year': 1, 'provenance.at': 1}")
public record KeyFigureImport(
        @Id String id,
        int year,
        String area,
        String format,
        String label,
        String source,
        String sourceTable,
        Instant retrievedAt,
        String retrievedFrom,
        List<DimensionInfo> dimensions,
        List<ImportedValue> values,
        Provenance provenance) {

    public static final String COLLECTION = "key_figure_imports";

    public record DimensionInfo(String id, String label, String role, int categories) {
    }

    /**
     * @param measure the measure's label («Andel barn 1-5 år med barnehageplass»), {@code measureCode} its code
     * @param breakdown labels of further dimensions, if any («kjønn: Kvinner»)
     * @param status the status symbol as the file gives it
     */
    public record ImportedValue(String measureCode, String measure, String entityCode, String entity, String period,
            String breakdown, BigDecimal value, String unit, Integer decimals, String status, boolean preliminary,
            MissingReason missingReason) {
    }
}
