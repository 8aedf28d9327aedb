package no.arsberetning.climate.texts;

import java.util.Optional;

import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The chapter's running text — the introduction and «Videre arbeid» — kept as the shared core's texts
 * (sanitized, edited by controllers through {@code PUT …/texts/{key}} with If-Match).
 */
@Component
public class ChapterTexts {

    public static final String INTRODUCTION = "innledning";
    public static final String FURTHER_WORK = "videre-arbeid";

    private final TextStore texts;

    ChapterTexts(TextStore texts) {
        this.texts = texts;
    }

    public Optional<ReportText> find(int year, String key) {
        return texts.all(year).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Creates the demo-data file's {@code texts} that do not exist yet; returns how many were new. */
    public int loadDemo(JsonNode file, Provenance provenance) {
        int year = file.get("year").asInt();
        int created = 0;
        for (JsonNode t : file.path("texts")) {
            String key = t.path("key").asString();
            boolean existed = find(year, key).isPresent();
            texts.createIfAbsent(year, key, ClimateSections.TEXTS, null, t.path("title").asString(), t.path("html").asString(),
                    provenance);
            created += existed ? 0 : 1;
        }
        return created;
    }
}
