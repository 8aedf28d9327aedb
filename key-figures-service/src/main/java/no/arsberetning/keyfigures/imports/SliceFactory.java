package no.arsberetning.keyfigures.imports;

import java.util.Locale;

import no.arsberetning.common.imports.JsonStatDataset.Unit;
import no.arsberetning.keyfigures.store.Slice;

/** Turns a slice's cells into the store's document, described as the file describes its measure and period. */
final class SliceFactory {

    private final CellLayout layout;
    private final String importId;
    private final String table;

    SliceFactory(CellLayout layout, String importId) {
        this.layout = layout;
        this.importId = importId;
        this.table = layout.table();
    }

    Slice slice(CellPartitions.SliceCells cells) {
        int s = cells.slice();
        String measure = layout.measure(s);
        String period = layout.period(s);
        String unitText = layout.unit(s).map(Unit::base).orElse(null);
        return new Slice(Slice.id(measure, period, importId), measure, period, importId, table, layout.structure.label(),
                layout.measureLabel(s), unit(unitText), unitText, layout.decimals(s), layout.notes(s), layout.updated(),
                cells.regions(), cells.values(), cells.statuses());
    }

    /** The contents code a measure code starts with. */
    String contentsCode(String measure) {
        int end = measure.indexOf(';');
        return end < 0 ? measure : measure.substring(0, end);
    }

    /** The platform's unit for the unit a file names («prosent» → percent, «kr» → NOK), else the file's own. */
    static String unit(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT).trim()) {
            case "prosent", "%" -> "percent";
            case "kr", "kroner" -> "NOK";
            case "1000 kr", "1 000 kr", "1000 kroner" -> "TNOK";
            case "mill. kr", "millioner kroner" -> "MNOK";
            case "antall" -> "count";
            default -> text;
        };
    }
}
