package no.arsberetning.hr.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical service-area codes (brief § 9) for the names chapter 2 prints: the service areas of table
 * 2.5 («Tjenesteområde») and the units named by inspections. A name that is not a service area gives none.
 */
public final class ServiceAreas {

    /** Every canonical code, to validate codes that arrive in requests. */
    public static final Set<String> CODES = Set.of("skole", "barnehage", "barne-og-familietjenesten",
            "bo-og-aktivitetstilbud", "helse-og-omsorg", "psykisk-helse-og-rus", "kvalifisering-og-velferd",
            "flyktninger-og-innvandrere", "kunst-og-kultur", "kirke-og-gravlunder", "idrett-og-friluftsliv",
            "naering-og-innkjop", "klima-og-miljo", "samferdsel", "plan-og-bygning", "tekniske-tjenester", "eiendom",
            "folkevalgte", "utvikling-og-stottetjenester", "kommunedirektoren", "tilleggsbevilgninger",
            "sentrale-bevilgninger");

    /** Printed service-area names of table 2.5, lower case. */
    private static final Map<String, String> TABLE_NAMES = Map.ofEntries(
            Map.entry("barne- og familietjenester", "barne-og-familietjenesten"),
            Map.entry("botiltak og dagtilbud", "bo-og-aktivitetstilbud"),
            Map.entry("eiendomstjenester", "eiendom"),
            Map.entry("helse og omsorgstjenester", "helse-og-omsorg"),
            Map.entry("kultur", "kunst-og-kultur"),
            Map.entry("psykisk helse og rus", "psykisk-helse-og-rus"),
            Map.entry("samferdsel", "samferdsel"),
            Map.entry("skoler", "skole"),
            Map.entry("barnehager", "barnehage"),
            Map.entry("tekniske tjenester", "tekniske-tjenester"),
            Map.entry("utvikling og støttefunksjoner", "utvikling-og-stottetjenester"));

    /** Words in a unit's name that tell its service area, tried in this order. */
    private static final Map<String, String> UNIT_WORDS = new LinkedHashMap<>();

    static {
        UNIT_WORDS.put("barne- og familietjenesten", "barne-og-familietjenesten");
        UNIT_WORDS.put("bft ", "barne-og-familietjenesten");
        UNIT_WORDS.put("avlastningsbolig", "bo-og-aktivitetstilbud");
        UNIT_WORDS.put("nav ", "kvalifisering-og-velferd");
        UNIT_WORDS.put("hjemmetjeneste", "helse-og-omsorg");
        UNIT_WORDS.put("helsehus", "helse-og-omsorg");
        UNIT_WORDS.put("velferdssenter", "helse-og-omsorg");
        UNIT_WORDS.put("skole", "skole");
        UNIT_WORDS.put("barnehage", "barnehage");
        UNIT_WORDS.put("trondheim eiendom", "eiendom");
        UNIT_WORDS.put("bydrift", "tekniske-tjenester");
        UNIT_WORDS.put("kommunalteknikk", "tekniske-tjenester");
        UNIT_WORDS.put("innkjøpstjenesten", "naering-og-innkjop");
    }

    private ServiceAreas() {
    }

    /** The code of a service-area name printed in a table, or null. */
    public static String ofTableName(String printed) {
        return TABLE_NAMES.get(HrCells.plain(printed).toLowerCase(Locale.ROOT));
    }

    /** The codes a unit's name tells (a unit may be several, «Innkjøpstjenesten, Trondheim eiendom og …»). */
    public static List<String> ofUnit(String unit) {
        String name = HrCells.plain(unit).toLowerCase(Locale.ROOT) + " ";
        return UNIT_WORDS.entrySet().stream().filter(e -> name.contains(e.getKey())).map(Map.Entry::getValue)
                .distinct().toList();
    }
}
