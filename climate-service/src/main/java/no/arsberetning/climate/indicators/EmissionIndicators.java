package no.arsberetning.climate.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;

import org.springframework.stereotype.Component;

/**
 * The emission indicators per sector, read from the year's indicator table — the one place they are kept,
 * changed and imported through the shared tables core. Columns are found by their printed headers.
 */
@Component
public class EmissionIndicators {

    private final TableStore tables;

    EmissionIndicators(TableStore tables) {
        this.tables = tables;
    }

    /** The year's indicator table, if it has one. */
    public Optional<ReportedTable> table(int year) {
        return tables.all(year).stream().filter(t -> ClimateSections.INDICATORS.equals(t.section())).findFirst();
    }

    public List<EmissionIndicator> all(int year) {
        return table(year).map(EmissionIndicators::read).orElse(List.of());
    }

    static List<EmissionIndicator> read(ReportedTable table) {
        int indicator = column(table, "indikator");
        int value = column(table, "verdi");
        int trend = column(table, "trend");
        int comment = column(table, "kommentar");
        List<EmissionIndicator> indicators = new ArrayList<>();
        String sector = null;
        for (TableRow row : table.rows()) {
            if (!row.label().isBlank()) {
                sector = Markup.plain(row.label());
            }
            if ("note".equals(row.kind()) || "heading".equals(row.kind())) {
                continue;
            }
            String trendText = text(row, trend);
            indicators.add(new EmissionIndicator(table.key(), row.key(), sector, Markup.plain(text(row, indicator)),
                    measure(row, value), trendText, Trend.ofPrinted(trendText), Markup.html(text(row, comment))));
        }
        return List.copyOf(indicators);
    }

    private static Measure measure(TableRow row, int column) {
        if (column < 0) {
            return Measure.of("", null);
        }
        Cell cell = row.cells().get(column);
        Measure read = Measure.of(cell.text(), null);
        return new Measure(cell.text(), cell.value(), cell.unit() != null && !"mixed".equals(cell.unit()) ? cell.unit() : read.unit(),
                cell.reason(), read.problem());
    }

    private static String text(TableRow row, int column) {
        return column < 0 ? "" : row.cells().get(column).text();
    }

    private static int column(ReportedTable table, String header) {
        List<TableColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (Markup.plain(columns.get(i).label()).toLowerCase(Locale.ROOT).startsWith(header)) {
                return i;
            }
        }
        return -1;
    }
}
