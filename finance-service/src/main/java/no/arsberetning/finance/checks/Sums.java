package no.arsberetning.finance.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableChecks;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.finance.chapter.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * {@code total-equals-sum}: every subtotal and total of every table, in every number column, against what
 * it adds up. By default that is the ordinary lines since the previous subtotal or total (a group's
 * "Sum …"); the results that combine subtotals are listed here: brutto and netto driftsresultat (1.1),
 * line 27 = 6 + 14 + 19 + 26 (1.3), sum eiendeler (1.6), sum egenkapital og gjeld (1.7).
 */
@Component
class Sums implements ChapterCheck {

    static final String RULE = "total-equals-sum";

    private static final Map<String, Map<String, Set<String>>> COMBINED = Map.of(
            ChapterTables.STATEMENT, Map.of(
                    "brutto-driftsresultat", Set.of("sum-driftsinntekter", "sum-driftsutgifter"),
                    "netto-driftsresultat", Set.of("brutto-driftsresultat", "netto-finansutgifter", "motpost-avskrivninger")),
            ChapterTables.INVESTMENT_STATEMENT, Map.of(
                    "27-fremfort-til-inndekning-i-senere-ar-udekket-belop", Set.of("6-sum-investeringsutgifter",
                            "14-sum-investeringsinntekter", "19-netto-utgifter-videreutlan",
                            "26-sum-overforing-fra-drift-og-netto-avsetninger")),
            ChapterTables.ASSETS, Map.of(
                    "sum-eiendeler", Set.of("sum-anleggsmidler", "sum-omlopsmidler")),
            ChapterTables.EQUITY_AND_LIABILITIES, Map.of(
                    "sum-egenkapital-og-gjeld", Set.of("sum-egenkapital", "sum-langsiktig-gjeld", "sum-kortsiktig-gjeld")));

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (ReportedTable table : data.tables()) {
            Map<String, Set<String>> combined = COMBINED.getOrDefault(table.key(), Map.of());
            List<TableRow> group = new ArrayList<>();
            for (TableRow row : table.rows()) {
                if (isSum(row)) {
                    Set<String> terms = combined.get(row.key());
                    if (terms != null) {
                        findings.addAll(TableChecks.totalEqualsSum(table, row.key(), r -> terms.contains(r.key()), RULE));
                    } else if (!group.isEmpty()) {
                        List<TableRow> lines = List.copyOf(group);
                        findings.addAll(TableChecks.totalEqualsSum(table, row.key(), lines::contains, RULE));
                    }
                    group.clear();
                } else if (TableChecks.LINES.test(row)) {
                    group.add(row);
                }
            }
        }
        return findings;
    }

    private static boolean isSum(TableRow row) {
        return "subtotal".equals(row.kind()) || "total".equals(row.kind());
    }
}
