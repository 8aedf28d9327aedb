package no.arsberetning.finance.checks;

import static no.arsberetning.finance.chapter.ChapterTables.ACTUAL;
import static no.arsberetning.finance.chapter.ChapterTables.ACTUAL_PREVIOUS;
import static no.arsberetning.finance.chapter.ChapterTables.AMOUNT;
import static no.arsberetning.finance.chapter.ChapterTables.AREA_RESULTS;
import static no.arsberetning.finance.chapter.ChapterTables.ASSETS;
import static no.arsberetning.finance.chapter.ChapterTables.BALANCE_ACTUAL;
import static no.arsberetning.finance.chapter.ChapterTables.BALANCE_PREVIOUS;
import static no.arsberetning.finance.chapter.ChapterTables.DEVIATION;
import static no.arsberetning.finance.chapter.ChapterTables.EQUITY_AND_LIABILITIES;
import static no.arsberetning.finance.chapter.ChapterTables.GUARANTEES;
import static no.arsberetning.finance.chapter.ChapterTables.GUARANTEES_SPORTS;
import static no.arsberetning.finance.chapter.ChapterTables.INVESTMENT_AREAS;
import static no.arsberetning.finance.chapter.ChapterTables.INVESTMENT_STATEMENT;
import static no.arsberetning.finance.chapter.ChapterTables.KEY_RATIOS;
import static no.arsberetning.finance.chapter.ChapterTables.ORIGINAL;
import static no.arsberetning.finance.chapter.ChapterTables.STATEMENT;
import static no.arsberetning.common.checks.Expr.cell;
import static no.arsberetning.common.checks.Expr.change;
import static no.arsberetning.common.checks.Expr.figure;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.Expr;

import org.springframework.stereotype.Component;

/**
 * Figures stated in the chapter's text against the tables and against each other, where what the text
 * refers to is clear:
 * <ul>
 *   <li>{@code text-figure-matches-table}: the text states amounts as positive words ("inntekter på 19,5
 *       milliarder", "36 millioner lavere enn budsjettet"); the rule says which cell(s) and sign give it;</li>
 *   <li>{@code ratio-matches-inputs}: a percentage in the text against the amounts it is a share of;</li>
 *   <li>{@code text-figures-agree}: figures in different places of the text that state the same amount,
 *       or add up to one another.</li>
 * </ul>
 * The 2023 figure ids carry the year; the rules are written for the 2023 report.
 */
@Component
class TextChecks extends ClaimCatalog {

    static final String MATCHES_TABLE = "text-figure-matches-table";
    static final String RATIO = "ratio-matches-inputs";
    static final String AGREE = "text-figures-agree";

    private static final String INV_ACTUAL = "regnskap-2023";
    private static final String INV_REVISED = "revidert-budsjett-2023";
    private static final String INV_DEVIATION = "avvik";
    private static final String AREA_DEVIATION = "avvik-regulert-budsjett-regnskap";

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        statement(claims);
        areasAndInvestments(claims);
        balanceAndGuarantees(claims);
        ratios(claims);
        agreements(claims);
        return claims;
    }

    private static void statement(List<Claim> c) {
        Expr result = statement("netto-driftsresultat", ACTUAL).negated();
        String resultMessage = "Teksten skal stemme med netto driftsresultat 2023 i tabell 1.1, der et overskudd er negativt";
        c.add(table("netto-driftsresultat-2023", result, resultMessage));
        c.add(table("netto-driftsresultat-2023-disponering", result, resultMessage));
        c.add(table("netto-driftsresultat-avvik-revidert-budsjett-2023", statement("netto-driftsresultat", DEVIATION),
                "Teksten skal stemme med avviket for netto driftsresultat i tabell 1.1"));
        c.add(table("driftsinntekter-2023", statement("sum-driftsinntekter", ACTUAL).negated(),
                "Teksten skal stemme med sum driftsinntekter 2023 i tabell 1.1, der inntekter er negative"));
        c.add(table("driftsutgifter-2023", statement("sum-driftsutgifter", ACTUAL),
                "Teksten skal stemme med sum driftsutgifter 2023 i tabell 1.1"));
        c.add(table("driftsutgifter-ekskl-avskrivninger-2023", expensesWithoutDepreciation(ACTUAL),
                "Teksten skal stemme med sum driftsutgifter minus avskrivninger 2023 i tabell 1.1"));
        c.add(table("driftsutgifter-ekskl-avskrivninger-vekst-2022-2023",
                expensesWithoutDepreciation(ACTUAL).minus(expensesWithoutDepreciation(ACTUAL_PREVIOUS)),
                "Teksten skal stemme med veksten i driftsutgifter eksklusiv avskrivninger fra 2022 til 2023 i tabell 1.1"));
        c.add(table("netto-finansutgifter-2023", statement("netto-finansutgifter", ACTUAL),
                "Teksten skal stemme med netto finansutgifter 2023 i tabell 1.1"));
        c.add(table("netto-finansutgifter-2023-finansavsnitt", statement("netto-finansutgifter", ACTUAL),
                "Teksten skal stemme med netto finansutgifter 2023 i tabell 1.1"));
        c.add(table("netto-finansutgifter-avvik-2023", statement("netto-finansutgifter", DEVIATION),
                "Teksten skal stemme med avviket for netto finansutgifter i tabell 1.1 (lavere utgifter er positivt avvik)"));
        c.add(table("driftsinntekter-avvik-revidert-budsjett-2023", statement("sum-driftsinntekter", DEVIATION),
                "Teksten skal stemme med avviket for sum driftsinntekter i tabell 1.1 (høyere inntekter er positivt avvik)"));
        Expr expensesOver = statement("sum-driftsutgifter", DEVIATION).negated();
        String expensesMessage = "Teksten skal stemme med avviket for sum driftsutgifter i tabell 1.1, der høyere utgifter er negativt avvik";
        c.add(table("driftsutgifter-avvik-revidert-budsjett-2023", expensesOver, expensesMessage));
        c.add(table("driftsutgifter-avvik-budsjett-2023", expensesOver, expensesMessage));
        incomeLine(c, "rammetilskudd-2023", "rammetilskudd-avvik-2023", "rammetilskudd", true);
        incomeLine(c, "skatt-inntekt-formue-2023", "skatt-avvik-revidert-budsjett-2023", "inntekts-og-formuesskatt", false);
        c.add(table("skatt-avvik-opprinnelig-budsjett-2023",
                statement("inntekts-og-formuesskatt", ORIGINAL).minus(statement("inntekts-og-formuesskatt", ACTUAL)),
                "Teksten skal stemme med skatteinntektene 2023 mot opprinnelig budsjett i tabell 1.1 (inntekter er negative)"));
        incomeLine(c, "andre-statstilskudd-2023", "andre-statstilskudd-avvik-2023", "andre-overforinger-og-tilskudd-fra-staten", false);
        incomeLine(c, "overforinger-tilskudd-fra-andre-2023", "overforinger-tilskudd-fra-andre-avvik-2023",
                "overforinger-og-tilskudd-fra-andre", false);
        incomeLine(c, "brukerbetalinger-2023", "brukerbetalinger-avvik-2023", "brukerbetalinger", false);
        incomeLine(c, "salgs-og-leieinntekter-2023", "salgs-og-leieinntekter-avvik-2023", "salgs-og-leieinntekter", false);
        c.add(table("kjop-varer-tjenester-avvik-2023",
                statement("kjop-av-varer-og-tjenester", ACTUAL).minus(statement("kjop-av-varer-og-tjenester", ORIGINAL)),
                "Teksten sier «mer … enn det som var opprinnelig budsjettert»: kjøp av varer og tjenester 2023 minus opprinnelig budsjett i tabell 1.1"));
        c.add(table("lonn-og-sosiale-utgifter-avvik-2023",
                statement("lonnsutgifter", DEVIATION).plus(statement("sosiale-utgifter", DEVIATION)).negated(),
                "Teksten skal stemme med avvikene for lønnsutgifter og sosiale utgifter i tabell 1.1, der merforbruk er negativt"));
        c.add(table("overforing-drift-til-investering-2023", statement("overforing-til-investering", ACTUAL),
                "Teksten skal stemme med overføring til investering 2023 i tabell 1.1"));
        c.add(table("bruk-bundne-driftsfond-2023", statement("bruk-av-bundne-driftsfond", ACTUAL).negated(),
                "Teksten skal stemme med bruk av bundne driftsfond 2023 i tabell 1.1, der bruk er negativ"));
        c.add(table("avsetning-bundne-driftsfond-2023", statement("avsetninger-til-bundne-driftsfond", ACTUAL),
                "Teksten skal stemme med avsetninger til bundne driftsfond 2023 i tabell 1.1"));
        c.add(table("netto-bruk-bundne-driftsfond-2023",
                statement("bruk-av-bundne-driftsfond", ACTUAL).plus(statement("avsetninger-til-bundne-driftsfond", ACTUAL)).negated(),
                "Teksten skal stemme med netto bruk av bundne driftsfond 2023 i tabell 1.1 (bruk + avsetninger, med motsatt fortegn)"));
        c.add(table("avsetning-disposisjonsfond-2023", statement("avsetninger-til-disposisjonsfond", ACTUAL),
                "Teksten skal stemme med avsetninger til disposisjonsfond 2023 i tabell 1.1"));
        c.add(table("bruk-disposisjonsfond-2023", statement("bruk-av-disposisjonsfond", ACTUAL).negated(),
                "Teksten skal stemme med bruk av disposisjonsfond 2023 i tabell 1.1, der bruk er negativ"));
    }

    private static void areasAndInvestments(List<Claim> c) {
        c.add(table("sentrale-bevilgninger-mindreforbruk-2023", cell(AREA_RESULTS, "diverse-sentrale-bevilgninger", "avvik"),
                "Teksten skal stemme med avviket for diverse sentrale bevilgninger i tabell 1.2 (mindreforbruk er positivt)"));
        c.add(table("tilleggsbevilgninger-lonnsoppgjor-avvik-2023", cell(AREA_RESULTS, "tilleggsbevilgninger", "avvik"),
                "Teksten skal stemme med avviket for tilleggsbevilgninger i tabell 1.2 (mindreforbruk er positivt)"));
        c.add(table("investert-anleggsmidler-2023", cell(INVESTMENT_STATEMENT, "1-investeringer-i-varige-driftsmidler", INV_ACTUAL),
                "Teksten skal stemme med linje 1 Investeringer i varige driftsmidler, regnskap 2023, i tabell 1.3"));
        c.add(table("investeringer-anleggsmidler-og-tilskudd-avvik-2023",
                cell(INVESTMENT_STATEMENT, "1-investeringer-i-varige-driftsmidler", INV_DEVIATION)
                        .plus(cell(INVESTMENT_STATEMENT, "2-tilskudd-til-andres-investeringer", INV_DEVIATION)),
                "Teksten skal stemme med avvikene på linje 1 og 2 (investeringer i varige driftsmidler og tilskudd til andres investeringer) i tabell 1.3"));
        c.add(table("bruk-av-lan-avvik-2023", cell(INVESTMENT_STATEMENT, "13-bruk-av-lan", INV_DEVIATION).negated(),
                "Teksten skal stemme med avviket på linje 13 Bruk av lån i tabell 1.3, der mindreinntekt er negativ"));
        c.add(table("tilskudd-refusjoner-investeringer-mindreinntekt-2023",
                cell(INVESTMENT_STATEMENT, "8-tilskudd-fra-andre", INV_DEVIATION).negated(),
                "Teksten skal stemme med avviket på linje 8 Tilskudd fra andre i tabell 1.3, der mindreinntekt er negativ"));
        c.add(table("salg-varige-driftsmidler-mindreinntekt-2023",
                cell(INVESTMENT_STATEMENT, "9-salg-av-varige-driftsmidler", INV_DEVIATION).negated(),
                "Teksten skal stemme med avviket på linje 9 Salg av varige driftsmidler i tabell 1.3, der mindreinntekt er negativ"));
        c.add(table("overforing-drift-til-investering-2023-investeringsavsnitt",
                cell(INVESTMENT_STATEMENT, "20-overforing-fra-drift", INV_ACTUAL).negated(),
                "Teksten skal stemme med linje 20 Overføring fra drift, regnskap 2023, i tabell 1.3, der inntekter er negative"));
        // figure id part → row of table 1.4, in printed order
        String[][] areaRows = {{"barnehage", "barnehage"}, {"skole", "skole"},
                {"barne-og-familietjenesten", "barne-og-familietjenesten"}, {"helse-og-velferd", "helse-og-velferd"},
                {"kunst-og-kultur", "kunst-og-kultur"}, {"kirker-og-kirkegarder", "kirker-og-kirkegarder"}, {"it", "it"},
                {"formalstomter", "formalstomt"}, {"ubebygd-bolig-og-naeringsareal", "ubebygde-bolig-og-naeringsareal"},
                {"veg", "veg"}, {"vann", "vann"}, {"avlop", "avlop"},
                {"byrom-parker-og-grontanlegg", "byrom-parker-og-grontanlegg"}, {"maskiner-og-utstyr", "maskiner-og-utstyr"},
                {"klimainvesteringer", "klimainvesteringer"}, {"miljopakken", "miljopakken"}};
        for (String[] area : areaRows) {
            c.add(table("investering-avvik-" + area[0] + "-2023", cell(INVESTMENT_AREAS, area[1], AREA_DEVIATION),
                    "Teksten skal stemme med avviket for investeringsområdet i tabell 1.4 (mindreforbruk er positivt)"));
        }
        c.add(table("investering-avvik-idrett-og-friluftsliv-2023",
                cell(INVESTMENT_AREAS, "idrett-og-friluftsliv", AREA_DEVIATION).negated(),
                "Teksten skal stemme med avviket for idrett og friluftsliv i tabell 1.4, der merforbruk er negativt"));
        c.add(table("investering-miljopakken-budsjett-2023", cell(INVESTMENT_AREAS, "miljopakken", "regulert-budsjett-2023"),
                "Teksten skal stemme med regulert budsjett for Miljøpakken i tabell 1.4"));
        c.add(table("investering-miljopakken-regnskap-2023", cell(INVESTMENT_AREAS, "miljopakken", INV_ACTUAL),
                "Teksten skal stemme med regnskapet for Miljøpakken i tabell 1.4"));
        c.add(table("disposisjonsfond-andel-brutto-driftsinntekter-2023",
                cell(KEY_RATIOS, "disposisjonsfond-andel-av-brutto-driftsinntekter", "trondheim"),
                "Teksten skal stemme med Trondheims disposisjonsfond som andel av brutto driftsinntekter i tabell 1.5"));
    }

    private static void balanceAndGuarantees(List<Claim> c) {
        c.add(table("eiendeler-2023", cell(ASSETS, "sum-eiendeler", BALANCE_ACTUAL),
                "Teksten skal stemme med sum eiendeler 2023 i tabell 1.6"));
        c.add(table("eiendeler-okning-2023", assetChange("sum-eiendeler"),
                "Teksten skal stemme med endringen i sum eiendeler fra 2022 til 2023 i tabell 1.6"));
        c.add(table("anleggsmidler-okning-2023", assetChange("sum-anleggsmidler"),
                "Teksten skal stemme med endringen i sum anleggsmidler fra 2022 til 2023 i tabell 1.6"));
        c.add(table("faste-eiendommer-og-anlegg-okning-2023", assetChange("faste-eiendommer-og-anlegg"),
                "Teksten skal stemme med endringen i faste eiendommer og anlegg fra 2022 til 2023 i tabell 1.6"));
        c.add(table("pensjonsmidler-okning-2023", assetChange("pensjonsmidler"),
                "Teksten skal stemme med endringen i pensjonsmidler fra 2022 til 2023 i tabell 1.6"));
        c.add(table("utstyr-maskiner-transportmidler-reduksjon-2023", assetChange("utstyr-maskiner-og-transportmidler").negated(),
                "Teksten skal stemme med reduksjonen i utstyr, maskiner og transportmidler fra 2022 til 2023 i tabell 1.6"));
        c.add(table("utlan-okning-2023", assetChange("utlan"),
                "Teksten skal stemme med endringen i utlån fra 2022 til 2023 i tabell 1.6"));
        c.add(table("omlopsmidler-okning-2023", assetChange("sum-omlopsmidler"),
                "Teksten skal stemme med endringen i sum omløpsmidler fra 2022 til 2023 i tabell 1.6"));
        c.add(table("premieavvik-okning-2023", assetChange("premieavvik-kortsiktige-fordringer"),
                "Teksten skal stemme med endringen i premieavvik (kortsiktige fordringer) fra 2022 til 2023 i tabell 1.6"));
        c.add(table("bankinnskudd-reduksjon-2023", assetChange("bankinnskudd-og-kontanter").negated(),
                "Teksten skal stemme med reduksjonen i bankinnskudd og kontanter fra 2022 til 2023 i tabell 1.6"));
        c.add(table("aksjer-andeler-obligasjoner-okning-2023",
                assetChange("aksjer-og-andeler-omlopsmidler").plus(assetChange("obligasjoner-omlopsmidler")),
                "Teksten skal stemme med endringen i aksjer og andeler og obligasjoner (omløpsmidler) fra 2022 til 2023 i tabell 1.6"));
        c.add(table("egenkapital-okning-2023", equityChange("sum-egenkapital"),
                "Teksten skal stemme med økningen i sum egenkapital i tabell 1.7, der egenkapital er negativ"));
        c.add(table("kapitalkonto-okning-2023", equityChange("kapitalkonto"),
                "Teksten skal stemme med økningen i kapitalkontoen i tabell 1.7, der egenkapital er negativ"));
        c.add(table("kortsiktig-gjeld-okning-2023", equityChange("sum-kortsiktig-gjeld"),
                "Teksten skal stemme med økningen i sum kortsiktig gjeld i tabell 1.7, der gjeld er negativ"));
        c.add(table("garantiansvar-2023", cell(GUARANTEES, "sum", "2023"),
                "Teksten skal stemme med samlet garantiansvar 2023 i tabell 1.8"));
        c.add(table("garantiansvar-okning-2023", change(GUARANTEES, "sum", "2022", "2023"),
                "Teksten skal stemme med endringen i samlet garantiansvar fra 2022 til 2023 i tabell 1.8"));
        c.add(table("garantiansvar-idrett-2023", cell(GUARANTEES_SPORTS, "sum", AMOUNT),
                "Teksten skal stemme med summen av garantiansvaret til idrettsformål i tabell 1.9"));
        c.add(table("garantiansvar-idrett-okning-2023", change(GUARANTEES, "idrettsanlegg", "2022", "2023"),
                "Teksten skal stemme med endringen i garantiansvar for idrettsanlegg fra 2022 til 2023 i tabell 1.8"));
        c.add(table("garantiansvar-boliger-institusjoner-reduksjon-2023",
                change(GUARANTEES, "boliger-institusjoner", "2022", "2023").negated(),
                "Teksten skal stemme med reduksjonen i garantiansvar for boliger og institusjoner fra 2022 til 2023 i tabell 1.8"));
    }

    private static void ratios(List<Claim> c) {
        c.add(Claim.error(RATIO, figure("netto-driftsresultat-andel-driftsinntekter-2023"),
                statement("netto-driftsresultat", ACTUAL).percentOf(statement("sum-driftsinntekter", ACTUAL)),
                "Netto driftsresultat i prosent av driftsinntektene skal være netto driftsresultat / sum driftsinntekter 2023 i tabell 1.1 (begge negative)"));
        c.add(Claim.error(RATIO, figure("disposisjonsfond-handlingsregel-andel-2023"),
                figure("disposisjonsfond-handlingsregel-2023").percentOf(statement("sum-driftsinntekter", ACTUAL).negated()),
                "Disposisjonsfondet som andel av inntekt skal være disposisjonsfondet etter handlingsregelen (teksten) / sum driftsinntekter 2023 i tabell 1.1"));
        c.add(Claim.error(RATIO, figure("premiefond-andel-pensjonspremie-2023"),
                figure("bruk-premiefond-2023").percentOf(figure("pensjonspremie-total-2023")),
                "Andelen av pensjonspremien finansiert med premiefond skal være bruk av premiefond / total pensjonspremie (begge i teksten)"));
    }

    private static void agreements(List<Claim> c) {
        c.add(Claim.warning(AGREE, figure("avsetning-disposisjonsfond-kraftfond-avkastning-2023"), figure("kraftfond-avkastning-2023"),
                "Avkastningen fra kraftfondet i 2023 er oppgitt med to ulike beløp i teksten"));
        c.add(Claim.error(AGREE, figure("disposisjonsfond-kraftfond-avkastning-2023"),
                figure("avsetning-disposisjonsfond-kraftfond-avkastning-2023"),
                "Avkastningen fra kraftfondet i 2023 skal være det samme beløpet der den nevnes"));
        c.add(Claim.error(AGREE, figure("bruk-disposisjonsfond-dekning-merforbruk-2023"), figure("arsresultat-2023"),
                "Bruken av disposisjonsfond til å dekke merforbruket skal være lik underskuddet (årsresultatet)"));
        c.add(Claim.error(AGREE, figure("avsetning-disposisjonsfond-strykning-2023"), figure("arsresultat-2023"),
                "Det som ble strøket av avsetningen til disposisjonsfond skal være lik underskuddet (årsresultatet)"));
        c.add(Claim.error(AGREE, figure("avsetning-disposisjonsfond-2023"),
                figure("avsetning-disposisjonsfond-kraftfond-avkastning-2023").plus(figure("avsetning-disposisjonsfond-driftsmidler-2023"))
                        .minus(figure("avsetning-disposisjonsfond-strykning-2023")),
                "Samlet avsetning til disposisjonsfond skal være avkastningen fra kraftfondet + avsetningen av driftsmidler − det som ble strøket"));
        c.add(Claim.error(AGREE, figure("netto-bruk-bundne-driftsfond-2023"),
                figure("bruk-bundne-driftsfond-2023").minus(figure("avsetning-bundne-driftsfond-2023")),
                "Netto bruk av bundne fond skal være bruk minus avsetning slik teksten oppgir dem"));
        c.add(Claim.error(AGREE, figure("ekstra-avdrag-finansiert-renteinntekter-2023"),
                figure("ekstra-avdrag-2023").minus(figure("netto-finansutgifter-budsjettokning-2-okonomirapport")),
                "Det som ble finansiert med økte renteinntekter skal være ekstra avdrag minus budsjettøkningen"));
        c.add(Claim.error(AGREE, figure("ekstra-avdrag-2023-handlingsregel"), figure("ekstra-avdrag-2023"),
                "Det ekstra avdraget skal være det samme beløpet der det nevnes"));
        c.add(Claim.error(AGREE, figure("investering-avvik-miljopakken-2023"),
                figure("investering-miljopakken-ubrukte-kommunale-midler-2023").plus(figure("investering-miljopakken-fullfinansiert-2023")),
                "Mindreforbruket i Miljøpakken skal være summen av delene teksten nevner"));
        c.add(Claim.error(AGREE, figure("investering-avvik-miljopakken-2023"),
                figure("investering-miljopakken-budsjett-2023").minus(figure("investering-miljopakken-regnskap-2023")),
                "Mindreforbruket i Miljøpakken skal være budsjett minus påløpt slik teksten oppgir dem"));
    }

    /** An income line of 1.1: the amount (incomes are negative) and, where stated, its deviation as "higher/lower than budget". */
    private static void incomeLine(List<Claim> c, String amountFigure, String deviationFigure, String row, boolean lower) {
        c.add(table(amountFigure, statement(row, ACTUAL).negated(),
                "Teksten skal stemme med regnskap 2023 for linjen i tabell 1.1, der inntekter er negative"));
        Expr deviation = statement(row, DEVIATION);
        c.add(table(deviationFigure, lower ? deviation.negated() : deviation, lower
                ? "Teksten sier lavere enn budsjettet: avviket i tabell 1.1 med motsatt fortegn (lavere inntekter er negativt avvik)"
                : "Teksten skal stemme med avviket i tabell 1.1 (høyere inntekter er positivt avvik)"));
    }

    private static Claim table(String figure, Expr expected, String message) {
        return Claim.error(MATCHES_TABLE, figure(figure), expected, message);
    }

    private static Expr statement(String row, String column) {
        return cell(STATEMENT, row, column);
    }

    private static Expr expensesWithoutDepreciation(String column) {
        return statement("sum-driftsutgifter", column).minus(statement("avskrivninger", column));
    }

    private static Expr assetChange(String row) {
        return change(ASSETS, row, BALANCE_PREVIOUS, BALANCE_ACTUAL);
    }

    /** Equity and liabilities are negative in 1.7: an increase is the change with the opposite sign. */
    private static Expr equityChange(String row) {
        return change(EQUITY_AND_LIABILITIES, row, BALANCE_PREVIOUS, BALANCE_ACTUAL).negated();
    }
}
