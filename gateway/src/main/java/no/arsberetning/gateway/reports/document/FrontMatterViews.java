package no.arsberetning.gateway.reports.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import no.arsberetning.common.report.ReportDocument.FrontMatter;

/**
 * The title page and the foreword as the template shows them. Without front matter (its service did not
 * answer) the title page falls back to the report's title and municipality and there is no foreword.
 */
final class FrontMatterViews {

    static final String TITLE_PAGE_ID = "forside";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", NorwegianFormat.BOKMAL);

    private FrontMatterViews() {
    }

    static DocumentView.FrontMatterView of(FrontMatter front, String title, String municipality, boolean missingContent, Ids ids) {
        String overrideLabel = missingContent ? "Publisert med åpne feil eller manglende lovpålagt innhold." : "Publisert med åpne feil.";
        if (front == null) {
            return new DocumentView.FrontMatterView(ids.unique(TITLE_PAGE_ID), municipality, null, null, title, null, null, null,
                    null, null, null, overrideLabel);
        }
        String forewordTitle = blank(front.forewordHtml()) ? null
                : blank(front.forewordTitle()) ? "Forord" : Markup.plain(front.forewordTitle());
        return new DocumentView.FrontMatterView(ids.unique(TITLE_PAGE_ID),
                blank(front.municipality()) ? municipality : Markup.plain(front.municipality()),
                blank(front.municipalityAlt()) ? null : Markup.plain(front.municipalityAlt()),
                blank(front.municipalityAltLang()) ? null : front.municipalityAltLang().replaceAll("[^A-Za-z0-9-]", ""),
                blank(front.title()) ? title : Markup.plain(front.title()),
                blank(front.issuedBy()) ? null : Markup.plain(front.issuedBy()),
                date(front.date()),
                blank(front.versionLabel()) ? null : Markup.plain(front.versionLabel()),
                forewordTitle == null ? null : ids.unique("forord"),
                forewordTitle,
                forewordTitle == null ? null : Markup.text(front.forewordHtml(), 2), overrideLabel);
    }

    private static String date(String iso) {
        if (blank(iso)) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip()).format(DATE);
        } catch (DateTimeParseException e) {
            return Markup.plain(iso);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
