package no.arsberetning.servicesgoals.areas;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which chapter of a year's report covers which service areas, with the chapter's printed title.
 * Chapter 5 reports the goals of the areas of chapters 6–10. One document per year.
 */
@Document(ChapterPlan.COLLECTION)
public record ChapterPlan(@Id int year, List<Chapter> chapters) {

    public static final String COLLECTION = "chapter_plans";

    /** A chapter: its number ("4"), printed title ("Oppvekst og utdanning") and the areas it reports on. */
    public record Chapter(String number, String title, List<String> areas) {
    }
}
