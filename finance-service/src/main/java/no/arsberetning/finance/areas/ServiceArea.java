package no.arsberetning.finance.areas;

import java.util.List;

/**
 * A service area (brief § 9): its canonical code, its name as the report titles it, and the other names
 * the printed report uses for it (e.g. "Barnehager" in table 1.2).
 */
public record ServiceArea(String code, String name, List<String> aliases) {
}
