package no.arsberetning.gateway.reports.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.FrontMatter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.reports.completeness.Checklist.Item;
import no.arsberetning.gateway.reports.completeness.Checklist.Place;
import no.arsberetning.gateway.reports.completeness.Completeness.ItemResult;
import org.junit.jupiter.api.Test;

/** The statutory checklist held against composed reports: covered, missing with a reason, the standard list itself. */
class CompletenessEvaluatorTest {

    private static final FrontMatter FRONT = new FrontMatter("Trondheim kommune", null, null, "Årsberetning 2023", 2023,
            "Kommunedirektøren", null, null, "Et begivenhetsrikt år", "<p>Forord</p>");

    @Test
    void anItemIsCoveredWhenEveryPlaceItNamesHasContent() {
        Completeness result = evaluate(report(List.of(economy(true), workforce("Dekket", "Ikke påkrevd i år")), true),
                item("budsjett", table("1.1"), section("1", "resultat", "text")),
                item("statement", row("Kjønnsbalanse"), row("Ufrivillig deltid")),
                item("forside", new Place(null, null, null, null, null, null, null, "titlePage", null)));

        assertThat(result.items()).extracting(ItemResult::status).containsOnly(Completeness.COVERED);
        assertThat(result.missingRequired()).isEmpty();
        assertThat(result.covered()).isEqualTo(3);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void anIncompleteReportNamesWhatIsMissingAndWhy() {
        Completeness result = evaluate(report(List.of(economy(false), workforce("Delvis dekket", "Mangler")), false),
                item("budsjett", table("1.1")),
                item("tekst", section("1", "resultat", "text")),
                item("mangler-tabell", table("1.9")),
                item("ukjent-del", section("1", "finnes-ikke", null)),
                item("redegjorelse", row("Kjønnsbalanse"), row("Ufrivillig deltid")),
                item("forside", new Place(null, null, null, null, null, null, null, "titlePage", null)));

        assertThat(status(result, "budsjett")).isEqualTo(Completeness.COVERED);
        assertThat(reason(result, "tekst")).isEqualTo("Kapittel 1 «resultat» har ingen tekst.");
        assertThat(reason(result, "mangler-tabell")).isEqualTo("Tabell 1.9 finnes ikke i rapporten.");
        assertThat(reason(result, "ukjent-del")).isEqualTo("Kapittel 1 «finnes-ikke» finnes ikke.");
        assertThat(reason(result, "redegjorelse")).contains("«Kjønnsbalanse»: Delvis dekket – bare antall",
                "«Ufrivillig deltid»: Mangler – bare antall");
        assertThat(reason(result, "forside")).startsWith("Forsiden mangler");
        assertThat(result.missingRequired()).containsExactly("tekst", "mangler-tabell", "ukjent-del", "redegjorelse", "forside");
        assertThat(result.covered() + result.missing()).isEqualTo(6);
    }

    @Test
    void aChapterWhoseServiceDidNotAnswerIsMissingAndSaysWhyOnce() {
        Chapter placeholder = new Chapter("2", "Arbeidsgiverområdet", List.of(new Section("unavailable", "Ikke tilgjengelig",
                List.of(new Block.Text("<p>Kapittelet kunne ikke hentes nå</p>")))));
        ComposedReport report = new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.EPOCH, null,
                List.of(new SourceStatus("hr", "Arbeidsgivertjenesten", List.of("2"), false, "Arbeidsgivertjenesten svarte ikke innen 1,2 sekunder.", 1200)),
                List.of(economy(true), placeholder), List.of(), FRONT);

        Completeness result = evaluate(report, item("hr", table("2.4"), table("2.10"), row("Kjønnsbalanse")));

        String reason = reason(result, "hr");
        assertThat(reason).contains("Tabell 2.4 finnes ikke i rapporten.", "Tabell 2.10 finnes ikke i rapporten.",
                "kapittel 2 er ikke tilgjengelig.");
        assertThat(reason).endsWith("Tjenesten svarte ikke: Arbeidsgivertjenesten svarte ikke innen 1,2 sekunder.");
        assertThat(reason.split("Tjenesten svarte ikke", -1)).as("the service's reason is given once").hasSize(2);
    }

    @Test
    void aRangeOfChaptersNeedsContentInOneOrInAll() {
        Chapter withGoals = new Chapter("4", "Oppvekst", List.of(new Section("mal", "Mål", List.of(new Block.Goals(List.of(
                new Goal("g1", "Flere elever fullfører", List.of("skole"), List.of())))))));
        Chapter withoutGoals = new Chapter("5", "Helse", List.of(new Section("regnskap", "Regnskap", List.of(new Block.Text("<p>Tekst</p>")))));
        ComposedReport report = new ComposedReport(2023, "Årsberetning 2023", null, Instant.EPOCH, null, List.of(),
                List.of(withGoals, withoutGoals), List.of(), FRONT);

        Completeness result = evaluate(report,
                item("any", new Place(null, null, null, "4-19", "goals", "any", null, null, "Mål (kapittel 4–19)")),
                item("all", new Place(null, null, null, "4-19", "goals", "all", null, null, "Mål (kapittel 4–19)")));

        assertThat(status(result, "any")).isEqualTo(Completeness.COVERED);
        assertThat(reason(result, "all")).isEqualTo("Mål (kapittel 4–19): kapittel 5 mangler mål.");
    }

    @Test
    void theStandardChecklistCoversBothLawsWithEveryYearAndEverySecondYearItems() {
        Checklist standard = Checklist.standard();
        assertThat(standard.items()).extracting(Item::id).doesNotHaveDuplicates();
        assertThat(standard.items()).allSatisfy(item -> {
            assertThat(item.satisfiedBy()).as(item.id()).isNotEmpty();
            assertThat(item.frequency()).as(item.id()).isIn("every-year", "every-second-year");
            assertThat(item.reference()).as(item.id()).startsWith("§ ");
        });
        assertThat(standard.items()).filteredOn(i -> i.reference().startsWith("§ 14-7")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(standard.items()).filteredOn(i -> i.reference().startsWith("§ 26a")).extracting(Item::frequency)
                .contains("every-year", "every-second-year");
        assertThat(standard.items()).filteredOn(i -> i.id().equals("ldl-26a-ufrivillig-deltid")).extracting(Item::frequencyLabel)
                .containsExactly("Minst annethvert år");
    }

    private static Completeness evaluate(ComposedReport report, Item... items) {
        return CompletenessEvaluator.evaluate(new Checklist("Lovpålagt innhold", "Grunnlag", List.of(items)), report);
    }

    private static ComposedReport report(List<Chapter> chapters, boolean withFrontMatter) {
        return new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.EPOCH, null, List.of(), chapters,
                List.of(), withFrontMatter ? FRONT : null);
    }

    private static Chapter economy(boolean withText) {
        Table table = new Table("1.1", "Økonomisk oversikt", "MNOK", null, List.of(new Table.Column("regnskap", "Regnskap", "MNOK")),
                List.of(new Table.Row("Rammetilskudd", "line", List.of(Table.Cell.of(java.math.BigDecimal.ONE, "1", "MNOK")))));
        List<Block> blocks = withText ? List.of(new Block.Text("<p>Avvikene forklares her.</p>"), new Block.TableBlock(table))
                : List.of(new Block.Text("<p> </p>"), new Block.TableBlock(table));
        return new Chapter("1", "Økonomi", List.of(new Section("resultat", "Resultat", blocks)));
    }

    private static Chapter workforce(String balance, String partTime) {
        Table coverage = new Table(null, "Likestillingsredegjørelsen", null, null, List.of(new Table.Column("hyppighet", "Hyppighet", null),
                new Table.Column("status", "Status", null), new Table.Column("grunnlag", "Grunnlag", null),
                new Table.Column("merknad", "Merknad", null)),
                List.of(new Table.Row("Kjønnsbalanse", "line", cells("Hvert år", balance, "Tabell 2.4", "bare antall")),
                        new Table.Row("Ufrivillig deltid", "line", cells("Minst annethvert år", partTime, "", "bare antall"))));
        return new Chapter("2", "Arbeidsgiverområdet", List.of(new Section("likestillingsredegjorelse", "Likestillingsredegjørelse",
                List.of(new Block.TableBlock(coverage)))));
    }

    private static List<Table.Cell> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new Table.Cell(null, t, null, null)).toList();
    }

    private static Item item(String id, Place... places) {
        return new Item(id, "Kommuneloven", "§ 14-7 andre ledd", "Krav " + id, "every-year", true, List.of(places));
    }

    private static Place table(String number) {
        return new Place(number, null, null, null, null, null, null, null, null);
    }

    private static Place section(String chapter, String section, String content) {
        return new Place(null, chapter, section, null, content, null, null, null, null);
    }

    private static Place row(String label) {
        return new Place(null, "2", "likestillingsredegjorelse", null, null, null, label, null, null);
    }

    private static String status(Completeness result, String id) {
        return result.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().status();
    }

    private static String reason(Completeness result, String id) {
        return result.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().reason();
    }
}
