package no.arsberetning.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A service's XLSX template as a person edits it before importing it again, and read back for comparison. */
final class ImportFiles {

    private static final Pattern NUMBER = Pattern.compile("[-\u2212]?[0-9][0-9 \u00a0.,]*%?");

    private ImportFiles() {
    }

    /** The template with every number in every table replaced by the given one. */
    static byte[] withEveryNumber(byte[] template, String number) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() > 0 && NUMBER.matcher(format.formatCellValue(cell).trim()).matches()) {
                            cell.setCellValue(number);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Every sheet as rows of cell texts, spaces normalized. */
    static List<List<List<String>>> sheets(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            List<List<List<String>>> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : canonical(cell, format));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
            return sheets;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cell's number as a plain decimal whether the sheet holds it as a number or as printed text; else its text. */
    static String canonical(Cell cell, DataFormatter format) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            return new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        String text = format.formatCellValue(cell).replace('\u00a0', ' ').trim();
        if (NUMBER.matcher(text).matches() && !text.endsWith("%") && text.indexOf('.') < 0) {
            try {
                return new java.math.BigDecimal(text.replace(" ", "").replace(',', '.').replace('\u2212', '-'))
                        .stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notPlain) {
                return text;
            }
        }
        return text;
    }
}
