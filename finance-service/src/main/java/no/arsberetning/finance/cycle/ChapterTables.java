package no.arsberetning.finance.cycle;


/**
 * The chapter's tables by key (the printed number; "1.8-2" for the second table printed as 1.8) and the
 * column keys the import path derived from their printed headers. Rules and the report name cells by
 * these keys; a year whose tables are laid out differently simply lacks the rows or columns.
 */
public final class ChapterTables {

    /** Tabell 1.1 Økonomisk oversikt etter art. Incomes are negative, expenses positive. */
    public static final String STATEMENT = "1.1";
    public static final String ACTUAL_PREVIOUS = "regnskap";
    public static final String ACTUAL = "regnskap-2";
    public static final String REVISED = "revidert";
    public static final String ORIGINAL = "opprinneli";
    public static final String DEVIATION = "kolonne-5";

    /** Tabell 1.2 Regnskap og revidert budsjett fordelt på tjenesteområdene. */
    public static final String AREA_RESULTS = "1.2";
    /** Tabell 1.3 Bevilgningsoversikt investering (lines 1–27). */
    public static final String INVESTMENT_STATEMENT = "1.3";
    /** Tabell 1.4 Brutto investeringsutgifter i bygg og anlegg, per investment area. */
    public static final String INVESTMENT_AREAS = "1.4";
    /** Tabell 1.5 Økonomiske nøkkeltall, utvalgte kommuner og ASSS-gjennomsnitt. */
    public static final String KEY_RATIOS = "1.5";
    /** Tabell 1.6 Balanseregnskapet, eiendeler (positive). */
    public static final String ASSETS = "1.6";
    /** Tabell 1.7 Balanseregnskapet, egenkapital og gjeld (negative). */
    public static final String EQUITY_AND_LIABILITIES = "1.7";
    /** Tabell 1.8 Garantiansvar per formål over år. */
    public static final String GUARANTEES = "1.8";
    /** Den andre tabell 1.8: vedtatte garantier som ennå ikke er iverksatt. */
    public static final String GUARANTEES_PENDING = "1.8-2";
    /** Tabell 1.9 Garantiansvar til idrettsformål, per lag. */
    public static final String GUARANTEES_SPORTS = "1.9";
    /** Tabell 1.10 Garantiansvar boliger og institusjoner, per låntaker. */
    public static final String GUARANTEES_HOUSING = "1.10";

    /** Balance columns of tables 1.6 and 1.7. */
    public static final String BALANCE_ACTUAL = "regnskap-2023";
    public static final String BALANCE_PREVIOUS = "regnskap-2022";

    /** The single value column of tables 1.9 and 1.10 (its printed header is empty). */
    public static final String AMOUNT = "kolonne-1";


    private ChapterTables() {
    }
}
