package no.arsberetning.finance.frontmatter;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The report's title page for a year: one document per year, written only by controllers, versioned
 * (ETag), audited, and frozen into releases with the rest of the finance service's report.
 *
 * @param municipalityAlt the municipality's name in another official language as printed on the title
 *        page (Trondheim: South Sami «Tråanten tjielte»), or null; {@code municipalityAltLang} its BCP 47 tag
 * @param date the date printed on the title page (ISO {@code yyyy-MM-dd}), or null when none is set
 * @param versionLabel the edition printed on the title page (e.g. «Vedtatt av bystyret»), or null
 */
@Document(TitlePage.COLLECTION)
public record TitlePage(@Id String id, int year, String municipality, String municipalityAlt, String municipalityAltLang,
        String title, String issuedBy, String date, String versionLabel, Provenance provenance, @Version Long version) {

    public static final String COLLECTION = "title_pages";

    public static String idOf(int year) {
        return String.valueOf(year);
    }

    TitlePage with(TitlePageEdit edit, Provenance provenance) {
        return new TitlePage(id, year, edit.municipality(), blankToNull(edit.municipalityAlt()),
                blankToNull(edit.municipalityAltLang()), edit.title(), blankToNull(edit.issuedBy()), blankToNull(edit.date()),
                blankToNull(edit.versionLabel()), provenance, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
