package no.arsberetning.common.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A consistency finding (brief § 9), naming the printed tables and the areas it concerns, with what was
 * expected (the authoritative value) and what was found.
 *
 * @param places the printed number it checks — where it is printed, and printed again where one place restates
 *               another; not the inputs it is computed from ({@code 6.1/millioner-kroner/avvik} for a cell by
 *               table number, row key and column key; {@code tekst:<figure id>} for a figure of the text):
 *               findings that share a place are one defect
 *               ({@link no.arsberetning.common.checks.Findings#grouped})
 * @param rules every rule that found the same defect, when several did (the first is {@code rule})
 */
public record Finding(
        String rule,
        Severity severity,
        List<String> tables,
        List<String> areas,
        String message,
        String expected,
        String actual,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> places,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rules) {

    public Finding {
        tables = tables == null ? List.of() : List.copyOf(tables);
        areas = areas == null ? List.of() : List.copyOf(areas);
        places = places == null ? List.of() : List.copyOf(places);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A finding that rests on no particular printed place (a missing statement, a rule that could not run). */
    public Finding(String rule, Severity severity, List<String> tables, List<String> areas, String message, String expected,
            String actual) {
        this(rule, severity, tables, areas, message, expected, actual, List.of(), List.of());
    }

    public Finding withPlaces(List<String> newPlaces) {
        return new Finding(rule, severity, tables, areas, message, expected, actual, newPlaces, rules);
    }

    public enum Severity {
        @JsonProperty("error") ERROR,
        @JsonProperty("warning") WARNING,
        @JsonProperty("info") INFO
    }
}
