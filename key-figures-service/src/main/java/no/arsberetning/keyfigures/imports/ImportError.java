package no.arsberetning.keyfigures.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem in an imported file: where it is — the JSON path ({@code value[17]}, {@code dimension.Tid}) and,
 * where the reader knows them, line and column — and what is wrong, in Norwegian.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(String field, Integer line, Integer column, String message) {

    static ImportError at(String field, String message) {
        return new ImportError(field, null, null, message);
    }
}
