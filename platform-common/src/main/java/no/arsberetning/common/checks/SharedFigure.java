package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * A figure this service prints that another service prints too (the same area's accounts in two chapters,
 * the same count in two texts), declared under an id the services share, so the gateway can compare the two
 * without reading either's tables or text. {@code value}, {@code low} and {@code high} are the value and the
 * range its printed rounding allows ({@link Interval}); all null when the service does not state it.
 *
 * @param id the shared id, e.g. {@code driftsregnskap/skole/regnskap}
 * @param name what it is, in Norwegian, as a reader would say it
 * @param text the value as printed
 * @param place where it is printed («tabell 4.1», «teksten»)
 * @param places the printed places it is read from, as findings name them ({@link Ref#place})
 * @param total what a difference is measured against ({@link Size}): its table's total, or zero
 */
public record SharedFigure(String id, String name, String text, BigDecimal value, BigDecimal low, BigDecimal high,
        Integer scale, String unit, List<String> tables, List<String> areas, String place, List<String> places,
        BigDecimal total) {

    public SharedFigure {
        tables = tables == null ? List.of() : List.copyOf(tables);
        areas = areas == null ? List.of() : List.copyOf(areas);
        places = places == null ? List.of() : List.copyOf(places);
        total = total == null ? BigDecimal.ZERO : total;
    }

    /** The value of a claim expression over the chapter, as printed; {@link #missing} when it cannot be read. */
    public static SharedFigure of(String id, String name, Expr expr, ChapterData data, String place) {
        Set<String> tables = new LinkedHashSet<>();
        Set<String> areas = new TreeSet<>();
        Set<String> places = new LinkedHashSet<>();
        expr.refs().forEach(r -> {
            r.table(data).ifPresent(tables::add);
            r.area(data).ifPresent(areas::add);
            r.place(data).ifPresent(places::add);
        });
        Optional<String> unit = expr.unit(data);
        Optional<Interval> value = unit.flatMap(u -> expr.value(data, u));
        if (value.isEmpty()) {
            return new SharedFigure(id, name, null, null, null, null, null, unit.orElse(null), List.copyOf(tables),
                    List.copyOf(areas), place, List.copyOf(places), null);
        }
        String text = expr.single().map(r -> r.printed(data)).orElse(PrintedNumbers.format(value.get().point()));
        return new SharedFigure(id, name, text, value.get().point(), value.get().low(), value.get().high(), value.get().scale(),
                unit.get(), List.copyOf(tables), List.copyOf(areas), place, List.copyOf(places), data.total(expr.refs(), unit.get()));
    }

    /** A figure read from something else than a cell or a figure of the text (a total of measures). */
    public static SharedFigure of(String id, String name, String text, Interval value, String unit, String place) {
        return new SharedFigure(id, name, text, value.point(), value.low(), value.high(), value.scale(), unit, List.of(), List.of(),
                place, List.of(), null);
    }

    /** A figure the service declares but does not state (the text gives no amount). */
    public static SharedFigure missing(String id, String name, String unit, String place) {
        return new SharedFigure(id, name, null, null, null, null, null, unit, List.of(), List.of(), place, List.of(), null);
    }

    /** The value with its range, when stated. */
    public Optional<Interval> interval() {
        return value == null ? Optional.empty() : Optional.of(new Interval(value, low, high, scale));
    }
}
