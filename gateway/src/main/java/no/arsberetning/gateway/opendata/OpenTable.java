package no.arsberetning.gateway.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;

/**
 * One table of a composed report with the id its download URLs use: the printed number ("1.1") when
 * unique in the report, else the chapter and the table's position in it ("4-t3"). A release is frozen, so
 * its ids, and the URLs built from them, never change.
 */
record OpenTable(String id, String chapter, String chapterTitle, String section, String sectionTitle, Table table) {

    static List<OpenTable> of(List<Chapter> chapters) {
        Map<String, Integer> numbers = new HashMap<>();
        chapters.forEach(c -> tables(c).forEach(t -> {
            if (t.number() != null && !t.number().isBlank()) {
                numbers.merge(t.number(), 1, Integer::sum);
            }
        }));
        List<OpenTable> result = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Chapter chapter : chapters) {
            int position = 0;
            for (Section section : chapter.sections()) {
                for (Block block : section.blocks()) {
                    if (block instanceof Block.TableBlock tableBlock) {
                        Table table = tableBlock.table();
                        position++;
                        String number = table.number();
                        String id = number != null && !number.isBlank() && numbers.get(number) == 1 && safe(number)
                                ? number : chapter.number() + "-t" + position;
                        for (int n = 2; !used.add(id); n++) {
                            id = chapter.number() + "-t" + position + "-" + n;
                        }
                        result.add(new OpenTable(id, chapter.number(), chapter.title(), section.id(), section.title(), table));
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /** A number usable as a path segment and file name as it is. */
    private static boolean safe(String number) {
        return number.matches("[0-9A-Za-z][0-9A-Za-z.\\-]*") && !number.endsWith(".");
    }

    private static List<Table> tables(Chapter chapter) {
        return chapter.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Block.TableBlock.class::isInstance).map(b -> ((Block.TableBlock) b).table()).toList();
    }
}
