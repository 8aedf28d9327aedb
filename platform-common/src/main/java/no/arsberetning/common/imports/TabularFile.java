package no.arsberetning.common.imports;

import java.util.List;

/**
 * A file read by {@link TabularFiles#readFile}: its sheets and, for a CSV file, the text encoding it was
 * detected in (null for Excel and JSON-stat files, which carry their own).
 */
public record TabularFile(List<Sheet> sheets, TextEncoding encoding) {

    public TabularFile {
        sheets = List.copyOf(sheets);
    }

    /** The encoding's name for people, or null. */
    public String encodingLabel() {
        return encoding == null ? null : encoding.label();
    }
}
