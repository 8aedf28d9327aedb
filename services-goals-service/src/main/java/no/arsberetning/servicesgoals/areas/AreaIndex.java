package no.arsberetning.servicesgoals.areas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the register for resolving names: every canonical code, name and alias maps to its
 * code. Built once per request or check run.
 */
public final class AreaIndex {

    private final Map<String, ServiceArea> byCode = new LinkedHashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    AreaIndex(List<ServiceArea> areas) {
        for (ServiceArea area : areas) {
            byCode.put(area.code(), area);
        }
        // Aliases first, so a canonical code or name always wins over another area's alias.
        for (ServiceArea area : areas) {
            area.aliases().forEach(alias -> byName.put(AreaNames.key(alias), area.code()));
        }
        for (ServiceArea area : areas) {
            byName.put(AreaNames.key(area.name()), area.code());
            byName.put(AreaNames.key(area.code()), area.code());
        }
    }

    /** The canonical code of an area however it is named (code, name or alias), if it is in the register. */
    public Optional<String> resolve(String name) {
        return Optional.ofNullable(byName.get(AreaNames.key(name)));
    }

    public Optional<ServiceArea> area(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The area's name, or the code itself when the register does not know it. */
    public String nameOf(String code) {
        ServiceArea area = byCode.get(code);
        return area == null ? code : area.name();
    }

    public List<ServiceArea> all() {
        return List.copyOf(byCode.values());
    }
}
