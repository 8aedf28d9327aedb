package no.arsberetning.keyfigures.store;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A measure of the store: its code ({@code ContentsCode}, followed by {@code ;} and the category of every further
 * dimension of its table, as in {@code KOSbelop0000;FG2;AGD10}), what it is, and for each period the imports
 * that wrote a slice of it ({@code periods}: period → import ids). Only committed imports count; the newest of
 * them is the period's slice ({@link FigureStore}).
 */
@Document(Measure.COLLECTION)
public record Measure(
        @Id String id,
        String contentsCode,
        String table,
        String tableLabel,
        String label,
        String unit,
        String unitText,
        Integer decimals,
        Map<String, List<String>> periods) {

    public static final String COLLECTION = "key_figure_measures";

    public Measure {
        periods = periods == null ? Map.of() : periods;
    }
}
