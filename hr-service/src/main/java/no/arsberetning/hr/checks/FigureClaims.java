package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.Claim.Diagnosis;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.tables.Chapter2Tables;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;
import no.arsberetning.hr.tables.TableSpec;
import no.arsberetning.hr.tables.TableSpec.Flow;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The numbers the chapter's text states, as claims against its tables and against each other: the text's
 * count of new disability pensioners against 2.3, the DIA stock against 2.2 (the text states outflow as a
 * positive number, the table with a minus), parts that make a whole (men + women, the pension providers, the
 * whistleblowing categories), shares of 100 %, a part at most its whole, the number of units stated twice,
 * and the share of women among the employees against 2.4. {@code {year}} in an id is the reporting year; an
 * id ending in {@code *} is every figure with that prefix.
 */
@Component
@Order(3)
class FigureClaims extends ClaimCatalog {

    static final String FIGURE_VS_TABLE = "hr-figure-vs-table";
    static final String FIGURE_PARTS = "hr-figure-parts";
    static final String SAME_FIGURE = "hr-figure-stated-twice";
    static final String WOMEN_SHARE = "hr-share-of-women";

    /** Figures (summed) and the table cell that states the same number, with the sign the text drops. */
    private record Link(List<String> figures, String table, ToIntFunction<ReportedTable> row, String column, boolean negated,
            Severity severity) {
    }

    private static final List<Link> LINKS = List.of(
            new Link(List.of("laerlinger-ansatt-{year}"), "2.1", FigureClaims::firstTotal, "Ansatt som lærling/lære-kandidat",
                    false, Severity.ERROR),
            new Link(List.of("nye-ufore-{year}"), "2.3", FigureClaims::firstTotal, "Hele {year}", false, Severity.ERROR),
            new Link(List.of("nye-ufore-{year}-tkp"), "2.3", t -> rowStarting(t, "TKP"), "Hele {year}", false, Severity.ERROR),
            new Link(List.of("dia-registrert-inngang-{year}"), "2.2", t -> flow(Flow::start), "{year}", false, Severity.ERROR),
            new Link(List.of("dia-nye-overtallige-{year}"), "2.2", t -> flow(Flow::in), "{year}", false, Severity.ERROR),
            new Link(List.of("dia-ut-{year}"), "2.2", t -> flow(Flow::out), "{year}", true, Severity.ERROR),
            new Link(List.of("dia-gjenvaerende-utgang-{year}"), "2.2", t -> flow(Flow::end), "{year}", false, Severity.ERROR),
            new Link(List.of("fpj-sokere-*"), "2.1", t -> rowStarting(t, "Fagbrev på jobb"), "Totalt søkere", false,
                    Severity.ERROR),
            new Link(List.of("fpj-tilbud-januar", "fpj-tilbud-august"), "2.1", t -> rowStarting(t, "Fagbrev på jobb"),
                    "Ansatt som lærling/lære-kandidat", false, Severity.WARNING));

    /** A figure that is the sum of others. */
    private record Parts(String whole, List<String> parts) {
    }

    private static final List<Parts> PARTS = List.of(
            new Parts("nye-ufore-{year}", List.of("nye-ufore-{year}-menn", "nye-ufore-{year}-kvinner")),
            new Parts("afp-nye-{year}", List.of("afp-nye-{year}-menn", "afp-nye-{year}-kvinner")),
            new Parts("afp-nye-{year}", List.of("afp-nye-{year}-tkp", "afp-nye-{year}-spk", "afp-nye-{year}-klp")),
            new Parts("varsling-saker-{year}", List.of("varsling-kategori-etiske-retningslinjer",
                    "varsling-kategori-psykososialt-arbeidsmiljo")),
            new Parts("varsling-saker-{year}", List.of("varsling-anonyme", "varsling-ikke-anonyme")),
            new Parts("fpj-tilbud-januar", List.of("fpj-tilbud-januar-*")),
            new Parts("fpj-tilbud-august", List.of("fpj-tilbud-august-*")));

    /** Shares in percent that together make 100 %. */
    private static final List<List<String>> WHOLE_SHARES = List.of(
            List.of("nye-ufore-{year}-andel-under-40", "nye-ufore-{year}-andel-40-eller-eldre"),
            List.of("nye-ufore-{year}-tkp-andel-ou", "nye-ufore-{year}-tkp-andel-hv", "nye-ufore-{year}-tkp-andel-org",
                    "nye-ufore-{year}-tkp-andel-ingen-tilhorighet"));

    /** A part at most its whole. */
    private static final List<List<String>> AT_MOST = List.of(
            List.of("varsling-ferdigbehandlet-{year}", "varsling-saker-{year}"),
            List.of("varsling-henlagt-{year}", "varsling-ferdigbehandlet-{year}"),
            List.of("fpj-tilbud-januar", "fpj-sokere-januar"),
            List.of("fpj-tilbud-august", "fpj-sokere-august"),
            List.of("afp-nye-{year}-under-64", "afp-nye-{year}"),
            List.of("nye-ufore-{year}-tkp", "nye-ufore-{year}"));

    /** The same thing stated twice in the text: the first, and where it is stated again. */
    private static final List<List<String>> SAME = List.of(
            List.of("enheter-{year}", "enheter-amg-undersokelse"),
            List.of("diskriminering-figur-2-1-svar", "diskriminering-undersokelse-svar-amg"),
            List.of("diskriminering-figur-2-2-svar", "diskriminering-omrader-svar-amg"));

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        for (Link link : LINKS) {
            linked(data, link).ifPresent(claims::add);
        }
        for (Parts parts : PARTS) {
            figures(data, parts.parts()).ifPresent(sum -> claims.add(Claim.error(FIGURE_PARTS, Expr.figure(parts.whole()), sum,
                    "Delene i teksten (" + String.join(", ", ids(data, parts.parts())) + ") blir til sammen {expected}, men helheten er {actual}")));
        }
        for (List<String> shares : WHOLE_SHARES) {
            figures(data, shares).ifPresent(sum -> claims.add(Claim.error(FIGURE_PARTS, sum,
                    Expr.constant(BigDecimal.valueOf(100), Expr.PERCENT), "Andelene i teksten blir til sammen {actual}, ikke 100 %")));
        }
        for (List<String> pair : AT_MOST) {
            claims.add(Claim.atMost(FIGURE_PARTS, Severity.ERROR, Expr.figure(pair.get(0)), Expr.figure(pair.get(1)),
                    "Delen er flere enn helheten «" + data.figure(pair.get(1)).map(f -> f.text()).orElse(pair.get(1)) + "»"));
        }
        for (List<String> pair : SAME) {
            claims.add(Claim.warning(SAME_FIGURE, Expr.figure(pair.get(1)), Expr.figure(pair.get(0)),
                    "Teksten oppgir det samme tallet to ganger med ulik verdi; første gang «"
                            + data.figure(pair.get(0)).map(f -> f.text()).orElse(pair.get(0)) + "»"));
        }
        claims.add(Claim.error(FIGURE_PARTS, Expr.figure("nye-ufore-{year}-uforegrad-100-andel"),
                Expr.figure("nye-ufore-{year}-uforegrad-100-antall").percentOf(Expr.figure("nye-ufore-{year}")),
                "Andelen stemmer ikke med antallet av alle nye uføre i teksten"));
        womenShare(data).ifPresent(claims::add);
        return claims;
    }

    private static Optional<Claim> linked(ChapterData data, Link link) {
        Optional<Expr> stated = figures(data, link.figures());
        Optional<ReportedTable> table = data.tables().stream().filter(t -> link.table().equals(t.number())).findFirst();
        if (stated.isEmpty() || table.isEmpty()) {
            return Optional.empty();
        }
        ReportedTable t = table.get();
        int row = link.row().applyAsInt(t);
        int column = column(t, link.column().replace("{year}", Integer.toString(data.year())));
        if (row < 0 || row >= t.rows().size() || column < 0) {
            return Optional.empty();
        }
        Expr cell = Expr.count(t.key(), t.rows().get(row).key(), t.columns().get(column).key());
        return Optional.of(new Claim(FIGURE_VS_TABLE, stated.get(), Claim.Relation.EQUALS, link.negated() ? cell.negated() : cell,
                link.severity(), "Tallet i teksten (" + String.join(" + ", ids(data, link.figures())) + ") skal være «"
                        + ColumnLabels.of(t).get(column) + "» for «" + HrCells.plain(t.rows().get(row).label()) + "» i tabell "
                        + t.number() + (link.negated() ? " (uten fortegn; tabellen fører utstrømning negativt)" : ""),
                null, List.of(), null));
    }

    /**
     * The text's share of women among the employees against table 2.4: by headcount (women's «Antall» of the
     * total) it should be; if it is the FTE share (the total row's «Kvinne – Andel årsverk») instead, the text
     * states the wrong measure.
     */
    private static Optional<Claim> womenShare(ChapterData data) {
        Optional<ReportedTable> table = data.tables().stream().filter(t -> "2.4".equals(t.number())).findFirst();
        if (table.isEmpty() || firstTotal(table.get()) < 0) {
            return Optional.empty();
        }
        ReportedTable t = table.get();
        String total = t.rows().get(firstTotal(t)).key();
        Expr women = Expr.count(t.key(), total, t.columns().get(0).key());
        Expr all = Expr.count(t.key(), total, t.columns().get(6).key());
        BigDecimal w = HrCells.value(t.rows().get(firstTotal(t)).cells().get(0));
        BigDecimal a = HrCells.value(t.rows().get(firstTotal(t)).cells().get(6));
        String byHeadcount = w == null || a == null || a.signum() <= 0 ? ""
                : PrintedNumbers.format(w.multiply(BigDecimal.valueOf(100)).divide(a, 1, RoundingMode.HALF_UP)) + " %";
        String said = "Teksten sier at {actual} av de ansatte er kvinner, men etter antall ansatte i tabell 2.4 er andelen "
                + byHeadcount;
        return Optional.of(Claim.error(WOMEN_SHARE, Expr.figure("andel-kvinner-ansatte-{year}"), women.percentOf(all), said)
                .orIf(new Diagnosis(WOMEN_SHARE, Expr.cell(t.key(), total, t.columns().get(2).key()), Severity.WARNING,
                        said + ". {actual} er kvinnenes andel av årsverkene, ikke av de ansatte")));
    }

    /** The figures with these ids (an id ending in «*» is every figure with that prefix), summed; empty if one is missing. */
    private static Optional<Expr> figures(ChapterData data, List<String> ids) {
        List<String> found = ids(data, ids);
        boolean missing = ids.stream().anyMatch(id -> !id.endsWith("*") && data.figure(id).isEmpty())
                || ids.stream().anyMatch(id -> id.endsWith("*") && data.figureIds(id.substring(0, id.length() - 1)).isEmpty());
        return missing ? Optional.empty() : Optional.of(Expr.sum(found.stream().map(Expr::figure).toList()));
    }

    private static List<String> ids(ChapterData data, List<String> ids) {
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            if (id.endsWith("*")) {
                found.addAll(data.figureIds(id.substring(0, id.length() - 1)));
            } else {
                data.figure(id).ifPresent(f -> found.add(f.id()));
            }
        }
        return found;
    }

    /** The column with this reader's label (hyphens in a label broken over lines aside), or -1. */
    private static int column(ReportedTable t, String label) {
        List<String> labels = ColumnLabels.of(t);
        int exact = labels.indexOf(label);
        return exact >= 0 ? exact : labels.stream().map(l -> l.replace("-", "")).toList().indexOf(label.replace("-", ""));
    }

    /** A row of table 2.2's stock and flows, as {@link Chapter2Tables} places them. */
    private static int flow(ToIntFunction<Flow> role) {
        return Chapter2Tables.spec("2.2").map(TableSpec::flow).map(role::applyAsInt).orElse(-1);
    }

    private static int firstTotal(ReportedTable table) {
        return TableRows.totals(table).stream().findFirst().orElse(-1);
    }

    private static int rowStarting(ReportedTable table, String prefix) {
        for (int r = 0; r < table.rows().size(); r++) {
            if (HrCells.plain(table.rows().get(r).label()).toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return -1;
    }
}
