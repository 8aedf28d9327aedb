package no.arsberetning.climate.investments;

import java.util.List;

import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The climate investment measures of a year, one document: each measure's budget and actual as printed (an
 * amount the chapter does not print is empty), and the chapter's own statement about them.
 *
 * @param unit the unit of every amount: {@code MNOK}, as finance's table 1.4
 * @param statement what the chapter says about the climate budget's use, as printed
 */
@Document(ClimateInvestments.COLLECTION)
public record ClimateInvestments(@Id String id, int year, String unit, List<InvestmentMeasure> measures, String statement,
        Integer statementSeedLine, Provenance provenance, @Version Long version) {

    public static final String COLLECTION = "climate_investments";

    public static String idOf(int year) {
        return String.valueOf(year);
    }

    /** One measure: budget and actual as printed («12,5», or «» when not printed), and its comment. */
    public record InvestmentMeasure(String key, String name, String budget, String actual, String comment, Integer seedLine) {
    }
}
