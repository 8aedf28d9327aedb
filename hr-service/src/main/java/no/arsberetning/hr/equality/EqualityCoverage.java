package no.arsberetning.hr.equality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.hr.equality.Checklist.Evidence;
import no.arsberetning.hr.equality.Checklist.Frequency;
import no.arsberetning.hr.equality.Checklist.Item;
import no.arsberetning.common.figures.StatedFigures;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Holds the year's data against the checklist of the gender-equality statement ({@code equality/ldl-26a.json}):
 * for each requirement, whether the tables and figures show it, in part, or not at all — and, for an
 * every-second-year requirement that is missing, whether it was done the year before (then not due).
 */
@Component
public class EqualityCoverage {

    private static final Pattern WOMEN = Pattern.compile("kvinn");
    private static final Pattern MEN = Pattern.compile("\\bmann|\\bmenn");

    private final Checklist checklist;
    private final TableStore tables;
    private final FigureStore figures;

    EqualityCoverage(ObjectMapper json, TableStore tables, FigureStore figures) {
        try (InputStream in = new ClassPathResource("equality/ldl-26a.json").getInputStream()) {
            this.checklist = json.readValue(in, Checklist.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Sjekklisten for ldl. § 26a kan ikke leses", e);
        }
        this.tables = tables;
        this.figures = figures;
    }

    public Checklist checklist() {
        return checklist;
    }

    public List<Coverage> of(int year) {
        List<ReportedTable> yearTables = tables.all(year);
        StatedFigures yearFigures = figures.find(year).orElse(StatedFigures.none(year));
        return checklist.items().stream().map(item -> evaluate(item, year, yearTables, yearFigures)).toList();
    }

    private Coverage evaluate(Item item, int year, List<ReportedTable> yearTables, StatedFigures yearFigures) {
        List<String> tableNumbers = new ArrayList<>();
        List<String> figureIds = new ArrayList<>();
        int shown = 0;
        List<String> withoutGender = new ArrayList<>();
        for (Evidence evidence : item.evidence()) {
            Found found = find(evidence, yearTables, yearFigures);
            tableNumbers.addAll(found.tables());
            figureIds.addAll(found.figures());
            if (found.complete()) {
                shown++;
            } else if (found.withoutGender()) {
                withoutGender.addAll(found.tables());
            }
        }
        List<String> related = new ArrayList<>();
        for (Evidence evidence : item.related()) {
            Found found = find(evidence, yearTables, yearFigures);
            if (found.complete() || found.withoutGender()) {
                related.addAll(found.tables());
                related.addAll(found.figures());
            }
        }
        CoverageStatus status;
        String note;
        if (shown == item.evidence().size()) {
            status = CoverageStatus.COVERED;
            note = item.computed() != null ? item.computed() : "Vises i " + names(tableNumbers, figureIds) + ".";
        } else if (shown > 0 || !withoutGender.isEmpty() || !related.isEmpty()) {
            status = CoverageStatus.PARTIAL;
            note = !withoutGender.isEmpty()
                    ? capitalized(names(withoutGender, List.of())) + " viser dette, men ikke fordelt på kvinner og menn."
                    : !related.isEmpty() ? capitalized(names(related, List.of())) + " " + item.relatedNote() + "."
                    : "Bare en del av grunnlaget finnes: " + names(tableNumbers, figureIds) + ".";
            tableNumbers.addAll(related);
        } else {
            status = CoverageStatus.MISSING;
            note = "Finnes ikke i årets data.";
        }
        if (status != CoverageStatus.COVERED && item.frequency() == Frequency.EVERY_SECOND_YEAR) {
            Optional<BigDecimal> lastDone = item.lastDoneFigure() == null ? Optional.empty()
                    : yearFigures.find(item.lastDoneFigure()).map(StatedFigure::number);
            if (lastDone.isPresent() && lastDone.get().intValue() == year - 1) {
                status = CoverageStatus.NOT_DUE;
                note = note + " Sist kartlagt " + lastDone.get().intValue() + "; kravet gjelder minst annethvert år, "
                        + "så tallene fra " + lastDone.get().intValue() + " kan gjengis eller henvises til.";
            } else if (lastDone.isPresent()) {
                note = note + " Sist kartlagt " + lastDone.get().intValue() + ".";
            }
        }
        return new Coverage(item.key(), item.requirement(), item.frequency(), item.frequency().label(), status,
                status.label(), tableNumbers.stream().distinct().toList(), figureIds.stream().distinct().toList(), note);
    }

    /** What of one piece of evidence the year's data has. */
    private record Found(List<String> tables, List<String> figures, boolean complete, boolean withoutGender) {
    }

    private static Found find(Evidence evidence, List<ReportedTable> yearTables, StatedFigures yearFigures) {
        if (evidence.figure() != null) {
            String prefix = evidence.figure().replace("{year}", Integer.toString(yearFigures.year()));
            List<String> ids = yearFigures.figures().stream().map(StatedFigure::id).filter(id -> id.startsWith(prefix)).toList();
            return new Found(List.of(), ids, !ids.isEmpty(), false);
        }
        for (ReportedTable table : yearTables) {
            boolean named = evidence.table() != null ? evidence.table().equals(table.number())
                    : evidence.caption() != null && lower(table.caption()).contains(lower(evidence.caption()));
            if (!named) {
                continue;
            }
            List<String> labels = ColumnLabels.of(table).stream().map(EqualityCoverage::lower).toList();
            boolean columns = evidence.columns().stream().allMatch(pattern -> hasValues(table, labels, pattern));
            if (!columns) {
                continue;
            }
            boolean gender = !evidence.needsGenderSplit() || splitsGender(table, labels);
            String number = table.number() != null ? table.number() : table.key();
            return new Found(List.of(number), List.of(), gender, !gender);
        }
        return new Found(List.of(), List.of(), false, false);
    }

    private static boolean hasValues(ReportedTable table, List<String> labels, String pattern) {
        Pattern p = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int c = 0; c < labels.size(); c++) {
            if (p.matcher(labels.get(c)).find()) {
                final int column = c;
                if (table.rows().stream().filter(TableRows::holdsValues)
                        .anyMatch(r -> HrCells.value(r.cells().get(column)) != null)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean splitsGender(ReportedTable table, List<String> labels) {
        List<String> names = new ArrayList<>(labels);
        table.rows().stream().map(TableRow::label).map(EqualityCoverage::lower).forEach(names::add);
        return names.stream().anyMatch(n -> WOMEN.matcher(n).find()) && names.stream().anyMatch(n -> MEN.matcher(n).find());
    }

    private static String names(List<String> tables, List<String> figureIds) {
        List<String> parts = new ArrayList<>();
        if (!tables.isEmpty()) {
            parts.add("tabell " + String.join(", ", tables.stream().distinct().toList()));
        }
        if (!figureIds.isEmpty()) {
            parts.add("tall i teksten (" + String.join(", ", figureIds) + ")");
        }
        return String.join(" og ", parts);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lower(String text) {
        return HrCells.plain(text).toLowerCase(Locale.ROOT);
    }
}
