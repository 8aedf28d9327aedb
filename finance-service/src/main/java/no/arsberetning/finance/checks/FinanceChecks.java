package no.arsberetning.finance.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.finance.figures.ChapterFigures;
import no.arsberetning.finance.figures.FigureStore;

import org.springframework.stereotype.Component;

/**
 * Chapter 1's consistency findings ({@code GET /api/finance/{year}/checks}): every rule group over the
 * year's tables and text figures, errors first, then warnings and rounding differences, each in the
 * order of the tables they name.
 */
@Component
class FinanceChecks implements ConsistencyRules {

    private final TableStore tables;
    private final FigureStore figures;
    private final List<ChapterCheck> checks;

    FinanceChecks(TableStore tables, FigureStore figures, List<ChapterCheck> checks) {
        this.tables = tables;
        this.figures = figures;
        this.checks = checks;
    }

    @Override
    public List<Finding> check(int year) {
        List<ReportedTable> stored = tables.all(year);
        if (stored.isEmpty()) {
            throw new NoSuchElementException("Ingen økonomidata for " + year + ".");
        }
        ChapterData data = new ChapterData(stored, figures.find(year).map(ChapterFigures::figures).orElse(List.of()));
        List<Finding> findings = new ArrayList<>();
        checks.forEach(check -> findings.addAll(check.check(data)));
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> f.tables().isEmpty() ? Integer.MAX_VALUE : data.order(f.tables().get(0))));
        return List.copyOf(findings);
    }
}
