package no.arsberetning.finance.demo;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.tables.DemoChapterFile;
import no.arsberetning.common.tables.TableDraft;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.areas.ServiceArea;
import no.arsberetning.finance.areas.ServiceAreas;
import no.arsberetning.finance.cycle.ChapterSections;
import no.arsberetning.finance.cycle.ChapterTables;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a year's texts on first start (idempotent): the running text of every section of the chapter
 * (controllers write it) and, for every service-area row of table 1.2, the area's deviation explanation
 * (the area's reporters write it). The transcription carries no explanation text, so they start empty.
 */
@Component
class ChapterTextsLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(ChapterTextsLoader.class);

    private final TextStore texts;

    ChapterTextsLoader(TextStore texts) {
        this.texts = texts;
    }

    @Override
    public void load(DemoFile file) {
        int year = file.year();
        int before = texts.all(year).size();
        for (ChapterSections.ReportSection section : ChapterSections.ALL) {
            texts.createIfAbsent(year, ChapterSections.sectionTextKey(section.id()), ChapterSections.CHAPTER_TEXT,
                    null, section.title(), "", file.provenance());
        }
        for (TableDraft table : DemoChapterFile.tables(file.content())) {
            if (ChapterTables.AREA_RESULTS.equals(table.key())) {
                table.rows().forEach(row -> ServiceAreas.codeOf(row.label()).flatMap(ServiceAreas::byCode)
                        .ifPresent(area -> createExplanation(year, area, file)));
            }
        }
        log.info("Demo: {} tekster opprettet for {} fra {}", texts.all(year).size() - before, year, file.path());
    }

    private void createExplanation(int year, ServiceArea area, DemoFile file) {
        texts.createIfAbsent(year, ChapterSections.explanationKey(area.code()), ChapterSections.areaSection(area.code()),
                area.code(), "Forklaring til avvik – " + area.name(), "", file.provenance());
    }
}
