package no.arsberetning.finance.figures;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The figures stated in a year's chapter text, as one document: one write touches one document, and
 * {@code version} is its optimistic lock.
 *
 * @param provenance where the figures came from (the demo file, its hash, when)
 * @param editedFigures provenance of figures changed since, by figure id
 */
@Document(ChapterFigures.COLLECTION)
public record ChapterFigures(@Id String id, int year, List<TextFigure> figures, Provenance provenance,
        Map<String, Provenance> editedFigures, long version) {

    public static final String COLLECTION = "text_figures";

    static String idOf(int year) {
        return String.valueOf(year);
    }

    public Optional<TextFigure> find(String figureId) {
        return figures.stream().filter(f -> f.id().equals(figureId)).findFirst();
    }

    TextFigure get(String figureId) {
        return find(figureId).orElseThrow(() -> new NoSuchElementException("Ingen tall «" + figureId + "» i teksten for " + year + "."));
    }

    /** Where a figure's value came from: its own edit, or the load. */
    public Provenance provenanceOf(String figureId) {
        return editedFigures.getOrDefault(figureId, provenance);
    }
}
