package no.arsberetning.gateway.checks;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.Table;
import org.jsoup.Jsoup;

/** Finds a figure stated in a report document's running text or table cells, and reads it as a number. */
final class FigureText {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("null", 0), Map.entry("én", 1),
            Map.entry("en", 1), Map.entry("ett", 1), Map.entry("ei", 1), Map.entry("to", 2), Map.entry("tre", 3),
            Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("sju", 7), Map.entry("syv", 7),
            Map.entry("åtte", 8), Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11),
            Map.entry("tolv", 12), Map.entry("tretten", 13), Map.entry("fjorten", 14), Map.entry("femten", 15),
            Map.entry("seksten", 16), Map.entry("sytten", 17), Map.entry("atten", 18), Map.entry("nitten", 19),
            Map.entry("tjue", 20));

    /** A figure as printed, where it was found (the printed table number, if in a numbered table) and its value. */
    record Found(String text, BigDecimal value, String table, String section) {
    }

    private FigureText() {
    }

    static Optional<Found> find(ReportDocument report, String pattern) {
        Pattern regex = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (ReportDocument.Chapter chapter : report.chapters()) {
            for (ReportDocument.Section section : chapter.sections()) {
                for (Block block : section.blocks()) {
                    Optional<Found> found = find(block, regex, section.title());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> find(Block block, Pattern regex, String section) {
        if (block instanceof Block.Text text) {
            return match(Jsoup.parse(text.html()).text(), regex, null, section);
        }
        if (block instanceof Block.Goals goals) {
            return goals.goals().stream()
                    .flatMap(goal -> Stream.concat(Stream.of(goal.text()),
                            goal.indicators().stream().map(Goal.Indicator::result)))
                    .filter(Objects::nonNull)
                    .map(text -> match(text, regex, null, section))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (block instanceof Block.TableBlock tableBlock) {
            Table table = tableBlock.table();
            for (Table.Row row : table.rows()) {
                for (Table.Cell cell : row.cells()) {
                    Optional<Found> found = match(cell.text() == null ? "" : cell.text(), regex, table.number(), section);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> match(String text, Pattern regex, String table, String section) {
        Matcher matcher = regex.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String figure = matcher.group(1);
        return Optional.of(new Found(figure, value(figure), table, section));
    }

    /** The figure's value: a printed number ({@code 1 382}, {@code 10,1}) or a number word ({@code åtte}); null if neither. */
    static BigDecimal value(String figure) {
        Integer word = WORDS.get(figure.toLowerCase(Locale.ROOT));
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        return PrintedNumbers.parse(figure).value();
    }
}
