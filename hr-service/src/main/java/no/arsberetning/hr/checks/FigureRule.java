package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.checks.Numbers.Verdict;
import no.arsberetning.hr.figures.ChapterFigures;
import no.arsberetning.hr.figures.Figure;
import no.arsberetning.hr.tables.Chapter2Tables;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;
import no.arsberetning.hr.tables.TableSpec;
import no.arsberetning.hr.tables.TableSpec.Flow;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The numbers the chapter's text states against its tables and against each other: the text's count of
 * new disability pensioners against 2.3, the DIA stock against 2.2 (the text states outflow as a positive
 * number, the table with a minus), parts that make a whole (men + women, the pension providers, the
 * whistleblowing categories), shares of 100 %, the number of units stated twice, and the share of women
 * among the employees against 2.4. {@code {year}} in an id is the reporting year.
 */
@Component
@Order(3)
class FigureRule implements Rule {

    static final String FIGURE_VS_TABLE = "hr-figure-vs-table";
    static final String FIGURE_PARTS = "hr-figure-parts";
    static final String SAME_FIGURE = "hr-figure-stated-twice";
    static final String WOMEN_SHARE = "hr-share-of-women";

    /** A figure and the table cell that states the same number. */
    private record Link(String figure, String table, ToIntFunction<ReportedTable> row, String column, boolean magnitude,
            Severity severity, String relation) {
    }

    /** A figure that is the sum of others (ids ending in «*» are every figure with that prefix). */
    private record Parts(String whole, List<String> parts, Severity severity) {
    }

    private static final List<Link> LINKS = List.of(
            new Link("laerlinger-ansatt-{year}", "2.1", FigureRule::firstTotal, "Ansatt som lærling/lærekandidat", false,
                    Severity.ERROR, "er det samme som"),
            new Link("nye-ufore-{year}", "2.3", FigureRule::firstTotal, "Hele {year}", false, Severity.ERROR, "er det samme som"),
            new Link("nye-ufore-{year}-tkp", "2.3", t -> rowStarting(t, "TKP"), "Hele {year}", false, Severity.ERROR,
                    "er det samme som"),
            new Link("dia-registrert-inngang-{year}", "2.2", t -> flow(Flow::start), "{year}", false, Severity.ERROR, "er det samme som"),
            new Link("dia-nye-overtallige-{year}", "2.2", t -> flow(Flow::in), "{year}", false, Severity.ERROR, "er det samme som"),
            new Link("dia-ut-{year}", "2.2", t -> flow(Flow::out), "{year}", true, Severity.ERROR,
                    "er (uten fortegn; tabellen fører utstrømning negativt) det samme som"),
            new Link("dia-gjenvaerende-utgang-{year}", "2.2", t -> flow(Flow::end), "{year}", false, Severity.ERROR, "er det samme som"),
            new Link("fpj-sokere-*", "2.1", t -> rowStarting(t, "Fagbrev på jobb"), "Totalt søkere", false, Severity.ERROR,
                    "er til sammen det samme som"),
            new Link("fpj-tilbud-januar|fpj-tilbud-august", "2.1", t -> rowStarting(t, "Fagbrev på jobb"),
                    "Ansatt som lærling/lærekandidat", false, Severity.WARNING, "(tilbud) er til sammen det samme som"));

    private static final List<Parts> PARTS = List.of(
            new Parts("nye-ufore-{year}", List.of("nye-ufore-{year}-menn", "nye-ufore-{year}-kvinner"), Severity.ERROR),
            new Parts("afp-nye-{year}", List.of("afp-nye-{year}-menn", "afp-nye-{year}-kvinner"), Severity.ERROR),
            new Parts("afp-nye-{year}", List.of("afp-nye-{year}-tkp", "afp-nye-{year}-spk", "afp-nye-{year}-klp"), Severity.ERROR),
            new Parts("varsling-saker-{year}", List.of("varsling-kategori-etiske-retningslinjer",
                    "varsling-kategori-psykososialt-arbeidsmiljo"), Severity.ERROR),
            new Parts("varsling-saker-{year}", List.of("varsling-anonyme", "varsling-ikke-anonyme"), Severity.ERROR),
            new Parts("fpj-tilbud-januar", List.of("fpj-tilbud-januar-*"), Severity.ERROR),
            new Parts("fpj-tilbud-august", List.of("fpj-tilbud-august-*"), Severity.ERROR));

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

    /** The same thing stated twice in the text. */
    private static final List<List<String>> SAME = List.of(
            List.of("enheter-{year}", "enheter-amg-undersokelse"),
            List.of("diskriminering-figur-2-1-svar", "diskriminering-undersokelse-svar-amg"),
            List.of("diskriminering-figur-2-2-svar", "diskriminering-omrader-svar-amg"));

    @Override
    public List<Finding> check(YearData data) {
        List<Finding> findings = new ArrayList<>();
        ChapterFigures figures = data.figures();
        for (Link link : LINKS) {
            linked(data, figures, link).ifPresent(findings::add);
        }
        for (Parts parts : PARTS) {
            parts(figures, parts).ifPresent(findings::add);
        }
        for (List<String> shares : WHOLE_SHARES) {
            wholeShares(figures, shares).ifPresent(findings::add);
        }
        for (List<String> pair : AT_MOST) {
            atMost(figures, pair.get(0), pair.get(1)).ifPresent(findings::add);
        }
        for (List<String> pair : SAME) {
            same(figures, pair.get(0), pair.get(1)).ifPresent(findings::add);
        }
        share(figures, "nye-ufore-{year}-uforegrad-100-andel", "nye-ufore-{year}-uforegrad-100-antall", "nye-ufore-{year}")
                .ifPresent(findings::add);
        womenShare(data, figures).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> linked(YearData data, ChapterFigures figures, Link link) {
        List<Figure> stated = matching(figures, link.figure());
        Optional<ReportedTable> table = data.table(link.table());
        if (stated.isEmpty() || stated.stream().anyMatch(f -> f.number() == null) || table.isEmpty()) {
            return Optional.empty();
        }
        ReportedTable t = table.get();
        int row = link.row().applyAsInt(t);
        int column = ColumnLabels.of(t).indexOf(link.column().replace("{year}", Integer.toString(data.year())));
        if (column < 0) {
            column = ColumnLabels.of(t).stream().map(l -> l.replace("-", "")).toList()
                    .indexOf(link.column().replace("-", "").replace("{year}", Integer.toString(data.year())));
        }
        if (row < 0 || row >= t.rows().size() || column < 0) {
            return Optional.empty();
        }
        BigDecimal cell = HrCells.value(t.rows().get(row).cells().get(column));
        BigDecimal sum = stated.stream().map(Figure::number).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cell == null || (link.magnitude() ? cell.abs() : cell).compareTo(sum) == 0) {
            return Optional.empty();
        }
        String ids = String.join(" + ", stated.stream().map(Figure::id).toList());
        return Optional.of(new Finding(FIGURE_VS_TABLE, link.severity(), List.of(link.table()), List.of(),
                "Tallet i teksten (" + ids + ": «" + stated.get(0).text() + "») " + link.relation() + " «"
                        + ColumnLabels.of(t).get(column) + "» for «" + HrCells.plain(t.rows().get(row).label())
                        + "» i tabell " + link.table() + ", men det er det ikke.",
                HrCells.plain(t.rows().get(row).cells().get(column).text()), Numbers.format(sum)));
    }

    private static Optional<Finding> parts(ChapterFigures figures, Parts parts) {
        Optional<Figure> whole = figures.find(parts.whole());
        List<Figure> terms = new ArrayList<>();
        for (String id : parts.parts()) {
            List<Figure> found = matching(figures, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            terms.addAll(found);
        }
        if (whole.isEmpty() || whole.get().number() == null || terms.stream().anyMatch(f -> f.number() == null)) {
            return Optional.empty();
        }
        BigDecimal sum = terms.stream().map(Figure::number).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(whole.get().number()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FIGURE_PARTS, parts.severity(), List.of(), List.of(),
                "Delene i teksten (" + String.join(", ", terms.stream().map(Figure::id).toList()) + ") blir til sammen "
                        + Numbers.format(sum) + ", men helheten («" + whole.get().text() + "») er "
                        + Numbers.format(whole.get().number()) + ".",
                Numbers.format(sum), whole.get().value()));
    }

    private static Optional<Finding> wholeShares(ChapterFigures figures, List<String> ids) {
        List<Figure> shares = ids.stream().map(figures::find).flatMap(Optional::stream).toList();
        if (shares.size() != ids.size() || shares.stream().anyMatch(f -> f.number() == null)) {
            return Optional.empty();
        }
        BigDecimal sum = shares.stream().map(Figure::number).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal uncertainty = shares.stream().map(f -> Numbers.halfUnit(f.number())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Verdict verdict = Numbers.total(sum.setScale(Math.max(sum.scale(), 0)), Numbers.HUNDRED, uncertainty);
        if (verdict == Verdict.AGREES) {
            return Optional.empty();
        }
        boolean rounding = verdict == Verdict.ROUNDING;
        return Optional.of(new Finding(FIGURE_PARTS, rounding ? Severity.INFO : Severity.ERROR, List.of(), List.of(),
                "Andelene i teksten (" + String.join(", ", shares.stream().map(Figure::value).toList()) + ") blir til sammen "
                        + Numbers.percentText(sum, Math.max(sum.scale(), 0)) + ", ikke 100 %"
                        + (rounding ? " (avrundingsdifferanse)." : "."),
                "100 %", Numbers.percentText(sum, Math.max(sum.scale(), 0))));
    }

    private static Optional<Finding> atMost(ChapterFigures figures, String partId, String wholeId) {
        Optional<Figure> part = figures.find(partId);
        Optional<Figure> whole = figures.find(wholeId);
        if (part.isEmpty() || whole.isEmpty() || part.get().number() == null || whole.get().number() == null
                || part.get().number().compareTo(whole.get().number()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FIGURE_PARTS, Severity.ERROR, List.of(), List.of(),
                "«" + part.get().text() + "» er flere enn helheten «" + whole.get().text() + "».",
                "høyst " + Numbers.format(whole.get().number()), part.get().value()));
    }

    private static Optional<Finding> same(ChapterFigures figures, String firstId, String secondId) {
        Optional<Figure> first = figures.find(firstId);
        Optional<Figure> second = figures.find(secondId);
        if (first.isEmpty() || second.isEmpty() || first.get().number() == null || second.get().number() == null
                || first.get().number().compareTo(second.get().number()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(SAME_FIGURE, Severity.WARNING, List.of(), List.of(),
                "Teksten oppgir det samme tallet to ganger med ulik verdi: «" + first.get().text() + "» og «"
                        + second.get().text() + "».",
                first.get().value(), second.get().value()));
    }

    private static Optional<Finding> share(ChapterFigures figures, String shareId, String partId, String wholeId) {
        Optional<Figure> share = figures.find(shareId);
        Optional<Figure> part = figures.find(partId);
        Optional<Figure> whole = figures.find(wholeId);
        if (share.isEmpty() || part.isEmpty() || whole.isEmpty() || share.get().number() == null
                || part.get().number() == null || whole.get().number() == null || whole.get().number().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal printed = share.get().number();
        Verdict verdict = Numbers.share(printed, part.get().number(), BigDecimal.ZERO, whole.get().number(), BigDecimal.ZERO);
        if (verdict == Verdict.AGREES) {
            return Optional.empty();
        }
        BigDecimal exact = Numbers.percent(part.get().number(), whole.get().number());
        return Optional.of(new Finding(FIGURE_PARTS, verdict == Verdict.ROUNDING ? Severity.INFO : Severity.ERROR,
                List.of(), List.of(), "Andelen «" + share.get().text() + "» stemmer ikke med " + part.get().value() + " av "
                        + whole.get().value() + ".",
                Numbers.percentText(exact, Math.max(printed.scale(), 0)), share.get().value()));
    }

    /**
     * The text's share of women among the employees against table 2.4: by headcount (women's «Antall» of the
     * total) it should be; if it is the FTE share (the total row's «Kvinne – Andel årsverk») instead, the text
     * states the wrong measure.
     */
    private static Optional<Finding> womenShare(YearData data, ChapterFigures figures) {
        Optional<Figure> stated = figures.find("andel-kvinner-ansatte-{year}");
        Optional<ReportedTable> table = data.table("2.4");
        if (stated.isEmpty() || stated.get().number() == null || table.isEmpty()) {
            return Optional.empty();
        }
        ReportedTable t = table.get();
        int total = firstTotal(t);
        if (total < 0) {
            return Optional.empty();
        }
        BigDecimal women = HrCells.value(t.rows().get(total).cells().get(0));
        BigDecimal all = HrCells.value(t.rows().get(total).cells().get(6));
        BigDecimal fteShare = HrCells.value(t.rows().get(total).cells().get(2));
        BigDecimal printed = stated.get().number();
        if (women == null || all == null || all.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal byHeadcount = Numbers.percent(women, all);
        if (Numbers.share(printed, women, BigDecimal.ZERO, all, BigDecimal.ZERO) == Verdict.AGREES) {
            return Optional.empty();
        }
        boolean isFteShare = fteShare != null && fteShare.compareTo(printed) == 0;
        return Optional.of(new Finding(WOMEN_SHARE, isFteShare ? Severity.WARNING : Severity.ERROR, List.of("2.4"), List.of(),
                "Teksten sier at " + stated.get().value() + " prosent av de ansatte er kvinner, men etter antall ansatte i "
                        + "tabell 2.4 er andelen " + Numbers.percentText(byHeadcount, 1) + "."
                        + (isFteShare ? " " + stated.get().value() + " % er kvinnenes andel av årsverkene, ikke av de ansatte." : ""),
                Numbers.percentText(byHeadcount, Math.max(printed.scale(), 0)), stated.get().value() + " %"));
    }

    /** Figures by id; {@code a|b} is both, {@code prefix-*} every figure with that prefix. */
    private static List<Figure> matching(ChapterFigures figures, String id) {
        List<Figure> found = new ArrayList<>();
        for (String one : id.split("\\|")) {
            if (one.endsWith("*")) {
                String prefix = one.substring(0, one.length() - 1).replace("{year}", Integer.toString(figures.year()));
                figures.figures().stream().filter(f -> f.id().startsWith(prefix)).forEach(found::add);
            } else {
                figures.find(one).ifPresent(found::add);
            }
        }
        return found;
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
