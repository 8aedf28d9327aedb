package no.arsberetning.finance.areas;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 22 service areas of the platform (brief § 9) in the order of table 1.2, with the names the seed uses
 * for them. {@link #codeOf(String)} reads a printed name (markup, case, spacing and hyphen spacing
 * ignored) as its canonical code.
 */
public final class ServiceAreas {

    private static final List<ServiceArea> ALL = List.of(
            area("skole", "Skole", "Skoler", "Skoleområdet"),
            area("barnehage", "Barnehage", "Barnehager"),
            area("barne-og-familietjenesten", "Barne- og familietjenesten", "Barne-og fam.tjenester",
                    "Barne og familietjenesten", "Barne- og familietjenester", "BFT"),
            area("bo-og-aktivitetstilbud", "Bo- og aktivitetstilbud", "Botiltak", "Botiltak og dagtilbud",
                    "Bo- og aktivitetstilbudet", "BoA"),
            area("helse-og-omsorg", "Helse- og omsorgstjenester", "Helse og omsorgstjenester", "Helse og omsorg"),
            area("psykisk-helse-og-rus", "Psykisk helse og rus", "Psykisk helse- og rustjenestene",
                    "Psykisk helse og rusområdet"),
            area("kvalifisering-og-velferd", "Kvalifisering og velferd"),
            area("flyktninger-og-innvandrere", "Flyktninger og innvandrere"),
            area("kunst-og-kultur", "Kunst og kultur", "Kultur", "Kulturområdet"),
            area("kirke-og-gravlunder", "Kirke og gravlunder", "Kirker og kirkegårder", "Kirker og gravlunder"),
            area("idrett-og-friluftsliv", "Idrett og friluftsliv", "Idrett"),
            area("naering-og-innkjop", "Næring og innkjøp", "Næring og samfunn", "Næring"),
            area("klima-og-miljo", "Klima- og miljøtjenester", "Miljø og landbruk"),
            area("plan-og-bygning", "Plan- og bygningstjenester", "Plan og bygning"),
            area("tekniske-tjenester", "Tekniske tjenester", "Det tekniske området"),
            area("eiendom", "Eiendomstjenester", "Eiendomsområdet"),
            area("folkevalgte", "Folkevalgte og bystyresekretariatet"),
            area("utvikling-og-stottetjenester", "Utvikling og støttetjenester", "Utvikling og støttefunksjoner"),
            area("kommunedirektoren", "Kommunedirektøren"),
            area("samferdsel", "Samferdsel", "Samferdselsområdet"),
            area("tilleggsbevilgninger", "Tilleggsbevilgninger"),
            area("sentrale-bevilgninger", "Diverse sentrale bevilgninger", "Sentrale bevilgninger",
                    "Sentralt plasserte bevilgninger"));

    private ServiceAreas() {
    }

    public static List<ServiceArea> all() {
        return ALL;
    }

    /** The canonical code for a code or printed name, if it is one of the platform's areas. */
    public static Optional<String> codeOf(String printedName) {
        String wanted = normalized(printedName);
        return ALL.stream()
                .filter(a -> normalized(a.code()).equals(wanted) || normalized(a.name()).equals(wanted)
                        || a.aliases().stream().anyMatch(alias -> normalized(alias).equals(wanted)))
                .map(ServiceArea::code)
                .findFirst();
    }

    public static Optional<ServiceArea> byCode(String code) {
        return ALL.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Position in the report's order (table 1.2), for sorting; unknown codes last. */
    public static int order(String code) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).code().equals(code)) {
                return i;
            }
        }
        return ALL.size();
    }

    /** "Barne-og fam.tjenester" and "barne- og fam. tjenester" read alike: markup, case, spaces around hyphens and dots ignored. */
    static String normalized(String name) {
        return (name == null ? "" : name.replaceAll("<[^>]*>", " "))
                .replace('\u00a0', ' ')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s*([-.])\\s*", "$1")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static ServiceArea area(String code, String name, String... aliases) {
        return new ServiceArea(code, name, List.of(aliases));
    }
}
