package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.figures.StatedFigures;
import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.TableStore;

/**
 * A service's consistency findings ({@code GET <prefix>/{year}/checks}): every {@link CheckRule} over one
 * read of the year's tables and figures, errors first, then warnings and information, each in the order of
 * the tables they name; findings of one defect grouped into one: those a wrong input cell explains ({@link InputCells}),
 * and those about the same printed number ({@link Findings}).
 */
public class ChapterChecks implements ConsistencyRules {

    private final TableStore tables;
    private final FigureStore figures;
    private final List<CheckRule> rules;
    private final boolean unknownYearNotFound;

    /** @param unknownYearNotFound whether a year without tables or figures is a 404 rather than no findings */
    public ChapterChecks(TableStore tables, FigureStore figures, List<CheckRule> rules, boolean unknownYearNotFound) {
        this.tables = tables;
        this.figures = figures;
        this.rules = List.copyOf(rules);
        this.unknownYearNotFound = unknownYearNotFound;
    }

    /** The year's chapter as the rules read it. */
    public ChapterData data(int year) {
        StatedFigures stated = figures.find(year).orElse(StatedFigures.none(year));
        return new ChapterData(year, tables.all(year), stated.figures(), stated.claims());
    }

    @Override
    public List<Finding> check(int year) {
        ChapterData data = data(year);
        if (unknownYearNotFound && data.tables().isEmpty() && data.figures().isEmpty()) {
            throw new NoSuchElementException("Ingen data for " + year + ".");
        }
        List<Finding> all = new ArrayList<>();
        rules.forEach(rule -> all.addAll(rule.check(data)));
        List<Claim> claims = rules.stream().filter(r -> r instanceof ClaimCatalog).flatMap(r -> ((ClaimCatalog) r).claims(data).stream())
                .toList();
        List<Finding> findings = new ArrayList<>(InputCells.explained(claims, data, all));
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> f.tables().isEmpty() ? Integer.MAX_VALUE : data.order(f.tables().get(0))));
        return Findings.grouped(findings);
    }
}
