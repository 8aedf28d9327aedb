package no.arsberetning.climate.figures;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A number stated in the chapter's running text, one document each: the sentence as printed, the value as
 * printed inside it («81», «+ 0,2», «åtte», «55-57»), the unit the transcription gives it, and where it is
 * printed.
 *
 * @param key the figure's stable id, e.g. {@code egen-virksomhet-varebiler-til-2023}
 * @param unit {@code percent}, {@code TWh}, {@code count}, {@code year}, {@code ratio} …
 */
@Document(ChapterFigure.COLLECTION)
@CompoundIndex(name = "year_order", def = "{'year': 1, 'order': 1}")
public record ChapterFigure(@Id String id, int year, int order, String key, String text, String value, String unit,
        Integer seedLine, Provenance provenance, long version) {

    public static final String COLLECTION = "climate_figures";

    public static String idOf(int year, String key) {
        return year + ":" + key;
    }
}
