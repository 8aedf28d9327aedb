package no.arsberetning.climate.organisation;

import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which of the chapter's stated figures make up the indicators of the municipality's own organisation
 * (and the few city indicators stated only in text), one document per year. The values themselves stay in
 * the figures; an indicator names them. When the text states the same value twice (the intro and a goal's
 * comment), both are named, so the chapter's table shows both; whether they agree, and every other claim of the
 * text, is checked by the figures' claims (docs/checks.md).
 */
@Document(IndicatorDefinitions.COLLECTION)
public record IndicatorDefinitions(@Id String id, int year, List<Definition> definitions, Provenance provenance, @Version Long version) {

    public static final String COLLECTION = "climate_text_indicators";

    public static String idOf(int year) {
        return String.valueOf(year);
    }

    /**
     * One indicator.
     *
     * @param scope {@code organisation} or {@code city}
     * @param values the indicator's values by period, each naming the figures that state it (first is the main one)
     * @param target the target, if the text states one
     * @param share a share to compute from two counts, if the text gives counts
     */
    public record Definition(String key, String scope, String label, String unit, List<ValueRef> values, TargetRef target,
            ShareRef share) {
    }

    public record ValueRef(String period, List<String> figures) {
    }

    /** @param direction {@code at-least} (the value must reach the target) or {@code at-most} */
    public record TargetRef(String period, String direction, List<String> figures) {
    }

    public record ShareRef(String period, String part, String whole) {
    }

}
