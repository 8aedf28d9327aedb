package no.arsberetning.gateway.reports.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import no.arsberetning.gateway.reports.ChapterNumbers;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.completeness.Checklist.Item;
import no.arsberetning.gateway.reports.completeness.Checklist.Place;
import no.arsberetning.gateway.reports.completeness.Completeness.ItemResult;
import no.arsberetning.gateway.reports.completeness.Completeness.PlaceResult;

/**
 * Holds a checklist against a composed report. An item is covered when every place it names exists and has
 * content; otherwise it is missing, and the reason names each place that is not there (a chapter whose
 * service did not answer says so).
 */
public final class CompletenessEvaluator {

    /** The section id the composer gives the placeholder of a chapter whose service did not answer. */
    private static final String PLACEHOLDER = "unavailable";
    /** Statuses of the gender-equality statement's coverage table that satisfy a requirement. */
    private static final List<String> STATEMENT_SATISFIED = List.of("dekket", "ikke påkrevd i år");

    private final ComposedReport report;
    /** Why services did not answer, collected per item so each is said once. */
    private final java.util.Set<String> serviceNotes = new java.util.LinkedHashSet<>();

    private CompletenessEvaluator(ComposedReport report) {
        this.report = report;
    }

    public static Completeness evaluate(Checklist checklist, ComposedReport report) {
        CompletenessEvaluator evaluator = new CompletenessEvaluator(report);
        List<ItemResult> items = checklist.items().stream().map(evaluator::item).toList();
        List<String> missingRequired = items.stream()
                .filter(i -> i.required() && Completeness.MISSING.equals(i.status()))
                .map(ItemResult::id).toList();
        int covered = (int) items.stream().filter(i -> Completeness.COVERED.equals(i.status())).count();
        return new Completeness(report.year(), report.release() == null ? null : report.release().number(),
                checklist.title(), checklist.basis(), covered, items.size() - covered, missingRequired, items);
    }

    private ItemResult item(Item item) {
        serviceNotes.clear();
        List<PlaceResult> places = item.satisfiedBy().stream().map(this::place).toList();
        List<String> reasons = new ArrayList<>(places.stream().filter(p -> !p.found()).map(PlaceResult::reason).toList());
        serviceNotes.forEach(note -> reasons.add("Tjenesten svarte ikke: " + note));
        boolean covered = places.stream().allMatch(PlaceResult::found) && !places.isEmpty();
        String reason = covered ? null : places.isEmpty() ? "Ingen del av rapporten er knyttet til punktet." : String.join(" ", reasons);
        return new ItemResult(item.id(), item.law(), item.reference(), item.text(), item.frequency(), item.frequencyLabel(),
                item.required(), covered ? Completeness.COVERED : Completeness.MISSING, covered ? "Dekket" : "Mangler",
                reason, places);
    }

    private PlaceResult place(Place place) {
        if (place.frontMatter() != null) {
            return frontMatter(place);
        }
        if (place.statementRow() != null) {
            return statementRow(place);
        }
        if (place.table() != null) {
            return table(place);
        }
        if (place.chapters() != null) {
            return chapterRange(place);
        }
        return section(place);
    }

    private PlaceResult frontMatter(Place place) {
        String label = label(place, "Forsiden");
        var front = report.frontMatter();
        boolean found = front != null && notBlank(front.title()) && notBlank(front.municipality());
        return new PlaceResult(label, found, found ? null : label + " mangler (kommune og tittel)." + unavailable("1"));
    }

    private PlaceResult table(Place place) {
        String label = label(place, "Tabell " + place.table());
        List<Table> found = chapters()
                .filter(c -> place.chapter() == null || place.chapter().equals(strip(c.number())))
                .flatMap(c -> sections(c)).flatMap(s -> blocks(s))
                .filter(b -> b instanceof Block.TableBlock).map(b -> ((Block.TableBlock) b).table())
                .filter(t -> t != null && place.table().equals(strip(t.number())))
                .toList();
        if (found.isEmpty()) {
            String chapter = place.table().contains(".") ? place.table().substring(0, place.table().indexOf('.')) : null;
            return new PlaceResult(label, false, label + " finnes ikke i rapporten." + unavailable(chapter));
        }
        boolean rows = found.stream().anyMatch(t -> t.rows() != null && !t.rows().isEmpty());
        return new PlaceResult(label, rows, rows ? null : label + " har ingen rader.");
    }

    private PlaceResult section(Place place) {
        Optional<Chapter> chapter = chapter(place.chapter());
        String label = label(place, "Kapittel " + place.chapter() + " «" + place.section() + "»");
        if (chapter.isEmpty()) {
            return new PlaceResult(label, false, "Kapittel " + place.chapter() + " finnes ikke i rapporten.");
        }
        if (isPlaceholder(chapter.get())) {
            return new PlaceResult(label, false, label + " kan ikke vurderes: kapittel " + place.chapter()
                    + " er ikke tilgjengelig." + unavailable(place.chapter()));
        }
        Optional<Section> section = sections(chapter.get()).filter(s -> place.section().equals(s.id())).findFirst();
        if (section.isEmpty()) {
            return new PlaceResult(label, false, label + " finnes ikke.");
        }
        boolean content = hasContent(section.get(), place.content());
        return new PlaceResult(label, content, content ? null : label + " har " + (place.content() == null
                ? "ikke noe innhold" : "ingen " + contentNoun(place.content())) + ".");
    }

    private PlaceResult chapterRange(Place place) {
        String label = label(place, "Kapittel " + place.chapters());
        List<Chapter> inRange = chapters().filter(c -> ChapterNumbers.covers(place.chapters(), strip(c.number()))).toList();
        List<String> without = new ArrayList<>();
        int with = 0;
        for (Chapter chapter : inRange) {
            if (!isPlaceholder(chapter) && sections(chapter).anyMatch(s -> hasContent(s, place.content()))) {
                with++;
            } else {
                without.add(strip(chapter.number()));
            }
        }
        boolean all = "all".equals(place.match());
        boolean found = all ? !inRange.isEmpty() && without.isEmpty() : with > 0;
        if (found) {
            return new PlaceResult(label, true, null);
        }
        String first = place.chapters().split("\\s*[-\u2013]\\s*")[0];
        String reason = inRange.isEmpty() ? label + " finnes ikke i rapporten." + unavailable(first)
                : label + ": " + (all ? "kapittel " + String.join(", ", without) + " mangler " : "ingen kapitler har ")
                        + contentNoun(place.content()) + "." + unavailable(first);
        return new PlaceResult(label, false, reason);
    }

    /** A row of the coverage table the HR service puts in its gender-equality statement, judged by its status. */
    private PlaceResult statementRow(Place place) {
        String label = "Likestillingsredegjørelsen: «" + place.statementRow() + "»";
        Optional<Chapter> chapter = chapter(place.chapter());
        if (chapter.isEmpty() || isPlaceholder(chapter.get())) {
            return new PlaceResult(label, false, label + " kan ikke vurderes: kapittel " + place.chapter()
                    + (chapter.isEmpty() ? " finnes ikke i rapporten." : " er ikke tilgjengelig." + unavailable(place.chapter())));
        }
        for (Table table : sections(chapter.get()).filter(s -> place.section().equals(s.id())).flatMap(s -> blocks(s))
                .filter(b -> b instanceof Block.TableBlock).map(b -> ((Block.TableBlock) b).table()).toList()) {
            int status = column(table, "status");
            int note = column(table, "merknad");
            for (Table.Row row : table.rows() == null ? List.<Table.Row>of() : table.rows()) {
                if (place.statementRow().equals(row.label()) && status >= 0 && status < row.cells().size()) {
                    String value = row.cells().get(status).text();
                    boolean found = value != null && STATEMENT_SATISFIED.contains(value.strip().toLowerCase(Locale.ROOT));
                    String why = note >= 0 && note < row.cells().size() ? row.cells().get(note).text() : null;
                    return new PlaceResult(label, found, found ? null : "«" + place.statementRow() + "»: " + value
                            + (notBlank(why) ? " – " + why.strip() : "."));
                }
            }
        }
        return new PlaceResult(label, false, label + " står ikke i likestillingsredegjørelsen i kapittel " + place.chapter() + ".");
    }

    private static int column(Table table, String key) {
        for (int i = 0; table.columns() != null && i < table.columns().size(); i++) {
            if (key.equals(table.columns().get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasContent(Section section, String content) {
        return blocks(section).anyMatch(block -> {
            if (block instanceof Block.Text text) {
                return (content == null || "text".equals(content)) && notBlank(plain(text.html()));
            }
            if (block instanceof Block.TableBlock table) {
                return (content == null || "table".equals(content))
                        && table.table() != null && table.table().rows() != null && !table.table().rows().isEmpty();
            }
            Block.Goals goals = (Block.Goals) block;
            return (content == null || "goals".equals(content)) && goals.goals() != null && !goals.goals().isEmpty();
        });
    }

    private static String contentNoun(String content) {
        return switch (content == null ? "" : content) {
            case "text" -> "tekst";
            case "table" -> "tabeller";
            case "goals" -> "mål";
            default -> "innhold";
        };
    }

    private Optional<Chapter> chapter(String number) {
        return chapters().filter(c -> number != null && number.equals(strip(c.number()))).findFirst();
    }

    private Stream<Chapter> chapters() {
        return report.chapters() == null ? Stream.empty() : report.chapters().stream().filter(c -> c != null);
    }

    private static Stream<Section> sections(Chapter chapter) {
        return chapter.sections() == null ? Stream.empty() : chapter.sections().stream().filter(s -> s != null);
    }

    private static Stream<Block> blocks(Section section) {
        return section.blocks() == null ? Stream.empty() : section.blocks().stream().filter(b -> b != null);
    }

    private static boolean isPlaceholder(Chapter chapter) {
        return sections(chapter).anyMatch(s -> PLACEHOLDER.equals(s.id()));
    }

    /** Notes why the service delivering the chapter did not answer, if it did not (said once per item); always "". */
    private String unavailable(String chapter) {
        if (chapter != null && report.sources() != null) {
            report.sources().stream()
                    .filter(s -> !s.available() && s.chapters() != null && s.chapters().stream().anyMatch(c -> ChapterNumbers.covers(c, chapter)))
                    .findFirst()
                    .ifPresent(s -> serviceNotes.add(s.reason() == null ? "ukjent årsak." : s.reason()));
        }
        return "";
    }

    private static String label(Place place, String fallback) {
        return notBlank(place.label()) ? place.label() : fallback;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String plain(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").strip();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
