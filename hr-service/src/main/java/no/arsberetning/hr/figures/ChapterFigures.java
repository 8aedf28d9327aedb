package no.arsberetning.hr.figures;

import java.util.List;
import java.util.Optional;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The figures stated in chapter 2's text for one year: one document, written whole by the loader. */
@Document(ChapterFigures.COLLECTION)
public record ChapterFigures(@Id int year, List<Figure> figures, Provenance provenance) {

    public static final String COLLECTION = "chapter_figures";

    /** A figure by id; {@code {year}} in the id stands for the reporting year («nye-ufore-{year}»). */
    public Optional<Figure> find(String id) {
        String wanted = id.replace("{year}", Integer.toString(year));
        return figures.stream().filter(f -> f.id().equals(wanted)).findFirst();
    }

    public static ChapterFigures empty(int year) {
        return new ChapterFigures(year, List.of(), null);
    }
}
