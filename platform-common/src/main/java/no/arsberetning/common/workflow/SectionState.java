package no.arsberetning.common.workflow;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** The status of one section in one year; absent (version null) means {@link SectionStatus#DRAFT}. */
@Document(SectionState.COLLECTION)
@CompoundIndex(name = "year_section", def = "{'year': 1, 'section': 1}")
public record SectionState(
        @Id String id,
        int year,
        String section,
        SectionStatus status,
        String comment,
        String changedBy,
        Instant changedAt,
        @Version Long version) {

    public static final String COLLECTION = "section_states";

    static String idOf(int year, String section) {
        return year + ":" + section;
    }

    static SectionState initial(int year, String section) {
        return new SectionState(idOf(year, section), year, section, SectionStatus.DRAFT, null, null, null, null);
    }
}
