package no.arsberetning.finance.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.finance.areas.ServiceArea;
import no.arsberetning.finance.areas.ServiceAreas;
import no.arsberetning.finance.cycle.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * Table 1.2 reports every service area once: {@code area-row-has-area} (each row's printed name is read
 * as a service area) and {@code every-area-reported} (each of the 22 areas has a row).
 */
@Component
class AreaRows implements CheckRule {

    @Override
    public List<Finding> check(ChapterData data) {
        return data.table(ChapterTables.AREA_RESULTS).map(AreaRows::check).orElse(List.of());
    }

    private static List<Finding> check(ReportedTable table) {
        List<Finding> findings = new ArrayList<>();
        List<String> numbers = List.of(table.number());
        for (TableRow row : table.rows()) {
            if ("line".equals(row.kind()) && row.area() == null) {
                findings.add(new Finding("area-row-has-area", Severity.WARNING, numbers, List.of(),
                        "Raden «" + row.label() + "» er ikke knyttet til et tjenesteområde.", "et tjenesteområde", row.label()));
            }
        }
        Set<String> reported = table.rows().stream().map(TableRow::area).filter(Objects::nonNull).collect(Collectors.toSet());
        for (ServiceArea area : ServiceAreas.all()) {
            if (!reported.contains(area.code())) {
                findings.add(new Finding("every-area-reported", Severity.WARNING, numbers, List.of(area.code()),
                        "Tjenesteområdet «" + area.name() + "» mangler i tabellen.", area.name(), ""));
            }
        }
        return findings;
    }
}
