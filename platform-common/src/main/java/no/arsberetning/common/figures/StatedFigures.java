package no.arsberetning.common.figures;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The figures stated in a year's text, as one document: one write touches one document, and {@code version}
 * is its optimistic lock (and its ETag).
 *
 * @param section the reporting-cycle section the figures belong to: an edit needs it open
 * @param provenance where the figures came from (the demo file, its hash, when)
 * @param claims what the text's numbers claim (and what holds between tables the report implies), as data
 * @param edited provenance of figures changed since, by figure id
 */
@Document(StatedFigures.COLLECTION)
public record StatedFigures(@Id String id, int year, String section, List<StatedFigure> figures, List<StatedClaim> claims,
        Provenance provenance, Map<String, Provenance> edited, @Version Long version) {

    public StatedFigures {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public static final String COLLECTION = "stated_figures";

    /** A year without figures. */
    public static StatedFigures none(int year) {
        return new StatedFigures(idOf(year), year, null, List.of(), List.of(), null, Map.of(), null);
    }

    static String idOf(int year) {
        return String.valueOf(year);
    }

    /** A figure by id; {@code {year}} in the id stands for the reporting year («nye-ufore-{year}»). */
    public Optional<StatedFigure> find(String figureId) {
        String wanted = figureId.replace("{year}", Integer.toString(year));
        return figures.stream().filter(f -> f.id().equals(wanted)).findFirst();
    }

    StatedFigure get(String figureId) {
        return find(figureId).orElseThrow(() -> new NoSuchElementException("Intet tall «" + figureId + "» i teksten for " + year + "."));
    }

    /** Where a figure's value came from: its own edit, or the load. */
    public Provenance provenanceOf(String figureId) {
        return edited.getOrDefault(figureId, provenance);
    }
}
