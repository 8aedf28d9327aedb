package no.arsberetning.finance.cycle;

import java.util.List;

/**
 * The sections of chapter 1 as the seed prints them, with the tables each holds (by key). Each section
 * has a running text that controllers write ({@code section:<id>}); the texts, the figures stated in
 * them and the fiscal rules are one reporting-cycle section, {@link #CHAPTER_TEXT}.
 */
public final class ChapterSections {

    public static final String CHAPTER = "1";
    public static final String CHAPTER_TITLE = "Økonomi";

    /** The reporting-cycle section of the chapter's running texts, its text figures and its fiscal rules. */
    public static final String CHAPTER_TEXT = "chapter:1";
    public static final String CHAPTER_TEXT_TITLE = "Kapittel 1 Økonomi: løpende tekst, tall i teksten og handlingsregler";

    public static final String AREA_RESULTS_SECTION = "resultat-for-tjenesteomradene";
    public static final String FISCAL_RULES_SECTION = "handlingsregler-og-malsettinger";

    public static final List<ReportSection> ALL = List.of(
            new ReportSection("innledning", "Innledning", List.of()),
            new ReportSection("arsresultat-og-netto-driftsresultat", "Årsresultat og netto driftsresultat", List.of()),
            new ReportSection("driftsregnskapet", "Driftsregnskapet", List.of(ChapterTables.STATEMENT)),
            new ReportSection(AREA_RESULTS_SECTION, "Resultat for tjenesteområdene", List.of(ChapterTables.AREA_RESULTS)),
            new ReportSection("investeringsregnskapet", "Investeringsregnskapet",
                    List.of(ChapterTables.INVESTMENT_STATEMENT, ChapterTables.INVESTMENT_AREAS)),
            new ReportSection("okonomiske-nokkeltall", "Økonomiske nøkkeltall", List.of(ChapterTables.KEY_RATIOS)),
            new ReportSection(FISCAL_RULES_SECTION, "Økonomiske handlingsregler og målsettinger", List.of()),
            new ReportSection("balanseregnskap", "Balanseregnskap",
                    List.of(ChapterTables.ASSETS, ChapterTables.EQUITY_AND_LIABILITIES)),
            new ReportSection("garantiansvar", "Garantiansvar", List.of(ChapterTables.GUARANTEES,
                    ChapterTables.GUARANTEES_PENDING, ChapterTables.GUARANTEES_SPORTS, ChapterTables.GUARANTEES_HOUSING)));

    private ChapterSections() {
    }

    /** The key of a report section's running text. */
    public static String sectionTextKey(String sectionId) {
        return "section:" + sectionId;
    }

    /** The key of a service area's deviation explanation, which the area's reporters write. */
    public static String explanationKey(String areaCode) {
        return "explanation:" + areaCode;
    }

    /** The reporting-cycle section of a service area. */
    public static String areaSection(String areaCode) {
        return "area:" + areaCode;
    }

    /** A printed section of the chapter: an id, the printed heading, and its tables in printed order. */
    public record ReportSection(String id, String title, List<String> tables) {
    }
}
