package no.arsberetning.common.workflow;

import java.util.List;
import java.util.Optional;

/** The sections a service reports in a year. Each service provides one. */
public interface SectionCatalog {

    List<Section> sections(int year);

    default Optional<Section> find(int year, String key) {
        return sections(year).stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
