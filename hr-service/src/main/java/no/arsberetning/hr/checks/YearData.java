package no.arsberetning.hr.checks;

import java.util.List;
import java.util.Optional;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.figures.ChapterFigures;
import no.arsberetning.hr.inspections.Inspection;

/** Everything the rules read for one year, read once per check. */
record YearData(int year, List<ReportedTable> tables, ChapterFigures figures, List<Inspection> inspections) {

    Optional<ReportedTable> table(String number) {
        return tables.stream().filter(t -> number.equals(t.number())).findFirst();
    }
}
