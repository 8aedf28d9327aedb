package no.arsberetning.keyfigures.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Every region's value of one measure in one period, as one import wrote it: the store's unit of reading and
 * writing. About 450 regions (every municipality, county and aggregate) make a document of some 20 KB, far
 * from MongoDB's 16 MiB. Its id is {@code measure|period|import}, so a comparison reads it by id; an import
 * writes new slices under its own id and makes them visible all at once (see {@link FigureStore}).
 *
 * @param regions region codes, in the file's order; {@code values} and {@code statuses} run parallel
 * @param values exact values (Decimal128); null where the region has a status but no value
 * @param statuses Statistics Norway's status symbol of each value ({@code ..}, {@code :}, …), or null
 * @param unit the platform's unit ({@code NOK}, {@code percent}, …, else the file's own), {@code unitText} as the file says it
 * @param decimals the decimals the source publishes the measure with
 * @param notes the source's notes on the table, the measure and the period
 */
@Document(Slice.COLLECTION)
@CompoundIndex(name = "measure_period", def = "{'measure': 1, 'period': 1}")
public record Slice(
        @Id String id,
        String measure,
        String period,
        @Indexed String importId,
        String table,
        String tableLabel,
        String label,
        String unit,
        String unitText,
        Integer decimals,
        List<String> notes,
        Instant updated,
        List<String> regions,
        List<BigDecimal> values,
        List<String> statuses) {

    public static final String COLLECTION = "key_figure_slices";

    public static String id(String measure, String period, String importId) {
        return measure + "|" + period + "|" + importId;
    }

    public int size() {
        return regions.size();
    }

    /** The position of a region, or -1. */
    public int indexOf(String region) {
        return regions.indexOf(region);
    }
}
