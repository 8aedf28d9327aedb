package no.arsberetning.finance.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.TableClaims;
import no.arsberetning.finance.cycle.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * {@code total-equals-sum}: every subtotal and total of every table, in every number column, against what
 * it adds up. By default that is the ordinary lines since the previous subtotal or total (a group's
 * "Sum …"); the results that combine subtotals are listed here: brutto and netto driftsresultat (1.1),
 * line 27 = 6 + 14 + 19 + 26 (1.3), sum eiendeler (1.6), sum egenkapital og gjeld (1.7).
 */
@Component
class Sums extends ClaimCatalog {

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
    public List<Claim> claims(ChapterData data) {
        return data.tables().stream()
                .flatMap(t -> TableClaims.totals(t, COMBINED.getOrDefault(t.key(), Map.of()), RULE).stream()).toList();
    }
}
