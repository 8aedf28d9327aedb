package no.arsberetning.servicesgoals.areas;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service area of the register: its canonical code (brief § 9), its name, the chapter that reports on
 * it, and the other names the printed report uses for it (e.g. «Barnehager» for {@code barnehage}).
 *
 * @param order position in the register, as listed in the printed report
 * @param chapter the chapter with the area's accounts, or null when no chapter of 4–19 reports on it
 */
@Document(ServiceArea.COLLECTION)
@CompoundIndex(name = "order", def = "{'order': 1}")
public record ServiceArea(@Id String code, int order, String name, String chapter, List<String> aliases) {

    public static final String COLLECTION = "service_areas";
}
