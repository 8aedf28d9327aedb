package no.arsberetning.common.texts;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An explanatory text of the report: a deviation's explanation, a table's comment, a chapter's text.
 * {@code html} is always sanitized (lists, emphasis, links; never scripts).
 *
 * @param key stable key within the service and year, e.g. {@code explanation:skole}
 * @param area the service area whose reporters may edit it, or null (controllers only)
 */
@Document(ReportText.COLLECTION)
@CompoundIndex(name = "year_key", def = "{'year': 1, 'key': 1}")
public record ReportText(@Id String id, int year, String key, String section, String area, String title, String html,
        Provenance provenance, @Version Long version) {

    public static final String COLLECTION = "report_texts";

    public static String idOf(int year, String key) {
        return year + ":" + key;
    }
}
