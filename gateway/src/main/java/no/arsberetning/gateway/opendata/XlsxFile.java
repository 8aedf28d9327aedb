package no.arsberetning.gateway.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.arsberetning.gateway.opendata.FlatTable.FlatColumn;
import no.arsberetning.gateway.opendata.FlatTable.Kind;

/**
 * A {@link FlatTable} as a workbook: the first sheet (named by the table's id) holds the table — a bold, frozen
 * heading row with a filter, numbers as numeric cells with the printed decimals (a percentage as a fraction in a
 * percent format, so 49 % is 0,49 shown as 49 %), markers in the status columns — and the sheet "Om tabellen" says
 * what the table is: title, chapter, unit, source, release, notes, the legend of the status symbols and what each
 * column holds. Made byte-stable by {@link StableXlsx}.
 */
final class XlsxFile {

    static final String ABOUT = "Om tabellen";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private XlsxFile() {
    }

    static byte[] write(String sheetName, FlatTable table, TableDescription about) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = bold(workbook);
            XSSFSheet data = workbook.createSheet(sheetName);
            writeTable(workbook, data, table, bold);
            writeAbout(workbook.createSheet(ABOUT), table, about, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number format of a column's cells: "#,##0.0" for one printed decimal, "0.0%" for a percentage. */
    static String format(FlatColumn column, boolean percent) {
        String decimals = column.decimals() > 0 ? "." + "0".repeat(column.decimals()) : "";
        return percent ? "0" + decimals + "%" : "#,##0" + decimals;
    }

    private static CellStyle style(XSSFWorkbook workbook, FlatColumn column, boolean percent) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format(column, percent)));
        return style;
    }

    private static void writeTable(XSSFWorkbook workbook, XSSFSheet sheet, FlatTable table, CellStyle bold) {
        List<FlatColumn> columns = table.columns();
        XSSFRow heading = sheet.createRow(0);
        Map<Integer, CellStyle> formats = new HashMap<>();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            XSSFCell cell = heading.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(bold);
            widths[c] = columns.get(c).title().length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof DataTable.Value number) {
                    if (number.number() != null) {
                        boolean percent = "percent".equalsIgnoreCase(number.unit());
                        XSSFCell cell = row.createCell(c);
                        cell.setCellValue((percent ? number.number().divide(HUNDRED) : number.number()).doubleValue());
                        cell.setCellStyle(formats.computeIfAbsent(c * 2 + (percent ? 1 : 0), k -> style(workbook, columns.get(k / 2), k % 2 == 1)));
                        widths[c] = Math.max(widths[c], number.number().toPlainString().length() + 2);
                    }
                } else if (value != null && !value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                    widths[c] = Math.max(widths[c], value.toString().length());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0, columns.size() - 1));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 1)) * 256);
        }
    }

    private static void writeAbout(XSSFSheet sheet, FlatTable table, TableDescription about, CellStyle bold) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Tabell", about.id()});
        lines.add(new String[] {"Tittel", about.title()});
        lines.add(new String[] {"Kapittel", (about.chapter() + " " + about.chapterTitle()).strip()});
        lines.add(new String[] {"Enhet", about.unit()});
        lines.add(new String[] {"Kilde", about.source()});
        lines.add(new String[] {"Utgivelse", about.release() == null ? "Arbeidsdata, ikke publisert" : String.valueOf(about.release())});
        if (about.updated() != null) {
            lines.add(new String[] {"Oppdatert", about.updated()});
        }
        about.notes().forEach(note -> lines.add(new String[] {"Merknad", note}));
        about.legend().forEach((symbol, meaning) -> lines.add(new String[] {"Tegnforklaring", symbol + " " + meaning}));
        for (FlatColumn column : table.columns()) {
            lines.add(new String[] {"Kolonne", column.title() + ": " + CsvwMetadata.describe(column)});
        }
        XSSFRow heading = sheet.createRow(0);
        heading.createCell(0).setCellValue("Felt");
        heading.createCell(1).setCellValue("Verdi");
        heading.getCell(0).setCellStyle(bold);
        heading.getCell(1).setCellStyle(bold);
        for (int i = 0; i < lines.size(); i++) {
            XSSFRow row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(lines.get(i)[0]);
            row.createCell(1).setCellValue(lines.get(i)[1] == null ? "" : lines.get(i)[1]);
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
