package no.arsberetning.common.tables;

/**
 * One thing wrong in an imported file, located as a person finds it in Excel: the sheet (table key),
 * the 1-based row number (the header is row 1) and the column header. Row or column are null when the
 * problem is the whole sheet or row.
 */
public record ImportProblem(String sheet, Integer row, String column, String message) {
}
