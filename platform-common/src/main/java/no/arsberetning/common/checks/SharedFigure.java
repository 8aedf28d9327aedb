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
 * @param place where it is printed («tabell 4.1, kolonnen «Regnskap»», «teksten»)
 */
public record SharedFigure(String id, String name, String text, BigDecimal value, BigDecimal low, BigDecimal high,
        Integer scale, String unit, List<String> tables, List<String> areas, String place) {

    /** The value of a claim expression over the chapter, as printed; {@link #missing} when it cannot be read. */
    public static SharedFigure of(String id, String name, Expr expr, ChapterData data, String place) {
        Set<String> tables = new LinkedHashSet<>();
        Set<String> areas = new TreeSet<>();
        expr.refs().forEach(r -> {
            r.table(data).ifPresent(tables::add);
            r.area(data).ifPresent(areas::add);
        });
        Optional<String> unit = expr.unit(data);
        Optional<Interval> value = unit.flatMap(u -> expr.value(data, u));
        if (value.isEmpty()) {
            return new SharedFigure(id, name, null, null, null, null, null, unit.orElse(null), List.copyOf(tables),
                    List.copyOf(areas), place);
        }
        String text = expr.single().map(r -> r.printed(data)).orElse(PrintedNumbers.format(value.get().point()));
        return of(id, name, text, value.get(), unit.get(), List.copyOf(tables), List.copyOf(areas), place);
    }

    public static SharedFigure of(String id, String name, String text, Interval value, String unit, List<String> tables,
            List<String> areas, String place) {
        return new SharedFigure(id, name, text, value.point(), value.low(), value.high(), value.scale(), unit, tables, areas,
                place);
    }

    /** A figure the service declares but does not state (the text gives no amount). */
    public static SharedFigure missing(String id, String name, String unit, List<String> tables, List<String> areas,
            String place) {
        return new SharedFigure(id, name, null, null, null, null, null, unit, tables, areas, place);
    }

    /** The value with its range, when stated. */
    public Optional<Interval> interval() {
        return value == null ? Optional.empty() : Optional.of(new Interval(value, low, high, scale));
    }
}
