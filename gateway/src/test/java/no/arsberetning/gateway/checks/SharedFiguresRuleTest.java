package no.arsberetning.gateway.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.checks.Interval;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.numbers.NumberWords;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.gateway.checks.SharedFigurePairs.Pair;
import org.junit.jupiter.api.Test;

/** The figures two services both declare, compared as the pairs say: at both printed precisions, authority first. */
class SharedFiguresRuleTest {

    private static final Map<String, String> TITLES = Map.of("finance", "Økonomitjenesten", "climate", "Klimatjenesten",
            "services-goals", "Tjenesteområdetjenesten");
    private static final Pair ACCOUNTS = new Pair("area-accounts-match-table-1.2", null, "driftsregnskap/", "services-goals",
            "finance", null, false, false);
    private static final Pair INVESTMENTS = new Pair("climate-investments-match-investment-statement", null, "klimainvesteringer/",
            "finance", "climate", null, false, false);
    private static final Pair PROJECTS = new Pair("same-figure-in-two-services", "Pågående byggeprosjekter",
            "byggeprosjekter/pagaende", "climate", "services-goals", null, true, true);

    @Test
    void anAreaWhoseChapterPrintsOtherFiguresIsFoundWithTheAreasOwnTableAsExpected() {
        List<SharedFigure> table12 = List.of(
                cell("driftsregnskap/skole/regnskap", "2 495", "1.2", "skole"),
                cell("driftsregnskap/barnehage/opprinnelig-budsjett", "1 885", "1.2", "barnehage"),
                cell("driftsregnskap/psykisk-helse-og-rus/revidert-budsjett", "344", "1.2", "psykisk-helse-og-rus"),
                cell("driftsregnskap/sentrale-bevilgninger/regnskap", "12", "1.2", "sentrale-bevilgninger"));
        List<SharedFigure> ownTables = List.of(
                cell("driftsregnskap/skole/regnskap", "2 495,0", "4.2", "skole"),
                cell("driftsregnskap/barnehage/opprinnelig-budsjett", "1 886,3", "4.1", "barnehage"),
                cell("driftsregnskap/psykisk-helse-og-rus/revidert-budsjett", "325,9", "7.1", "psykisk-helse-og-rus"));

        List<Finding> findings = SharedFiguresRule.compare(ACCOUNTS, ownTables, table12, TITLES);

        assertThat(findings).noneMatch(f -> f.areas().contains("skole") || f.areas().contains("sentrale-bevilgninger"));
        assertThat(findings).filteredOn(f -> f.areas().contains("barnehage")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.tables()).containsExactly("1.2", "4.1");
            assertThat(f.expected()).isEqualTo("1 886,3");
            assertThat(f.actual()).isEqualTo("1 885");
        });
        assertThat(findings).filteredOn(f -> f.areas().contains("psykisk-helse-og-rus")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void anAreaWhoseChapterIsOffByOneAmountInTwoColumnsIsOneFindingNamingBothAndTheAuthority() {
        Pair accounts = new Pair("area-accounts-match-table-1.2", null, "driftsregnskap/", "finance", "services-goals",
                "tabell 1.2 er regnskapet.", false, false);
        List<SharedFigure> table12 = List.of(
                placed("driftsregnskap/kultur/regnskap", "270", "1.2/kultur/regnskap", "kultur"),
                placed("driftsregnskap/kultur/revidert-budsjett", "272", "1.2/kultur/revidert", "kultur"),
                placed("driftsregnskap/kultur/avvik", "2", "1.2/kultur/avvik", "kultur"),
                placed("driftsregnskap/idrett/regnskap", "229", "1.2/idrett/regnskap", "idrett"),
                placed("driftsregnskap/idrett/revidert-budsjett", "228", "1.2/idrett/revidert", "idrett"));
        List<SharedFigure> chapters = List.of(
                placed("driftsregnskap/kultur/regnskap", "266,0", "11.1/kultur/regnskap", "kultur"),
                placed("driftsregnskap/kultur/revidert-budsjett", "268,2", "11.1/kultur/revidert", "kultur"),
                placed("driftsregnskap/kultur/avvik", "2,2", "11.1/kultur/avvik", "kultur"),
                placed("driftsregnskap/idrett/regnskap", "220,9", "13.1/idrett/regnskap", "idrett"),
                placed("driftsregnskap/idrett/revidert-budsjett", "228,3", "13.1/idrett/revidert", "idrett"));

        List<Finding> findings = SharedFiguresRule.compare(accounts, table12, chapters, TITLES);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0)).satisfies(f -> {
            assertThat(f.rule()).isEqualTo("row-off-by-amount");
            assertThat(f.rules()).containsExactly("row-off-by-amount", "area-accounts-match-table-1.2");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.places()).containsExactlyInAnyOrder("11.1/kultur/regnskap", "1.2/kultur/regnskap",
                    "11.1/kultur/revidert", "1.2/kultur/revidert");
            assertThat(f.message()).contains("om lag 4 mill. kr lavere enn i tabell 1.2 (Økonomitjenesten)",
                    "Økonomitjenesten er kilden: tabell 1.2 er regnskapet.");
        });
        assertThat(findings.get(1)).satisfies(f -> {
            assertThat(f.rule()).isEqualTo("area-accounts-match-table-1.2");
            assertThat(f.places()).containsExactly("13.1/idrett/regnskap", "1.2/idrett/regnskap");
        });
    }

    @Test
    void climateInvestmentsThatDifferFromTheInvestmentStatementAreAnErrorAndMissingOnesAreSaid() {
        List<SharedFigure> finance = List.of(cell("klimainvesteringer/regnskap", "15,0", "1.4", null),
                cell("klimainvesteringer/budsjett", "73,6", "1.4", null));
        List<SharedFigure> same = List.of(cell("klimainvesteringer/regnskap", "15,0", null, null),
                cell("klimainvesteringer/budsjett", "73,6", null, null));
        List<SharedFigure> other = List.of(cell("klimainvesteringer/regnskap", "14,0", null, null),
                SharedFigure.missing("klimainvesteringer/budsjett", "Klimainvesteringenes budsjett", "MNOK", "klimabudsjettet"));

        assertThat(SharedFiguresRule.compare(INVESTMENTS, finance, same, TITLES)).isEmpty();
        List<Finding> findings = SharedFiguresRule.compare(INVESTMENTS, finance, other, TITLES);
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.INFO);
        assertThat(findings.get(0).message()).contains("14,0", "15,0");
        assertThat(findings.get(1)).satisfies(f -> {
            assertThat(f.tables()).containsExactly("1.4");
            assertThat(f.expected()).isEqualTo("73,6");
            assertThat(f.message()).contains("oppgis ikke av Klimatjenesten");
        });
    }

    @Test
    void theSameCountInTwoChaptersIsNotedAsAgreeingAndADifferentOneIsAnError() {
        List<SharedFigure> climate = List.of(word("byggeprosjekter/pagaende", "åtte"));
        List<Finding> agree = SharedFiguresRule.compare(PROJECTS, climate, List.of(word("byggeprosjekter/pagaende", "8")), TITLES);
        assertThat(agree).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.expected()).isEqualTo("åtte");
            assertThat(f.actual()).isEqualTo("8");
        });
        List<Finding> differ = SharedFiguresRule.compare(PROJECTS, climate, List.of(word("byggeprosjekter/pagaende", "sju")), TITLES);
        assertThat(differ).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("«Pågående byggeprosjekter» er sju", "(Tjenesteområdetjenesten)", "åtte",
                    "(Klimatjenesten)");
        });
    }

    @Test
    void aRequiredFigureOneServiceDoesNotDeclareIsAWarningNotASilentPass() {
        List<Finding> findings = SharedFiguresRule.compare(PROJECTS, List.of(word("byggeprosjekter/pagaende", "åtte")),
                List.of(), TITLES);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("ikke oppgitt hos Tjenesteområdetjenesten");
        });
    }

    private static SharedFigure cell(String id, String text, String table, String area) {
        BigDecimal value = NumberWords.read(text).orElseThrow();
        Interval printed = Interval.printed(value, false);
        return new SharedFigure(id, id, text, printed.point(), printed.low(), printed.high(), printed.scale(), "MNOK",
                table == null ? List.of() : List.of(table), area == null ? List.of() : new ArrayList<>(List.of(area)),
                table == null ? "teksten" : "tabell " + table, List.of(), null);
    }

    private static SharedFigure placed(String id, String text, String place, String area) {
        BigDecimal value = NumberWords.read(text).orElseThrow();
        Interval printed = Interval.printed(value, false);
        String table = place.substring(0, place.indexOf('/'));
        return new SharedFigure(id, id, text, printed.point(), printed.low(), printed.high(), printed.scale(), "MNOK",
                List.of(table), List.of(area), "tabell " + table, List.of(place), null);
    }

    private static SharedFigure word(String id, String text) {
        return SharedFigure.of(id, id, text, Interval.printed(NumberWords.read(text).orElseThrow(), true), "count", "teksten");
    }
}
