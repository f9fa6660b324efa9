package un.vra.claims.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming API: only a small window of rows stays in memory, the rest goes
 * to compressed temporary files that are deleted once the workbook is written. A table longer than a sheet
 * allows continues on further sheets, each with its own header row.
 */
final class XlsxTableWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_SHEET_NAME = 31;
    private static final int COLUMN_WIDTH = 20;
    private static final SpreadsheetVersion EXCEL = SpreadsheetVersion.EXCEL2007;

    private final SXSSFWorkbook workbook;
    private final String sheetName;
    private final List<String> headers;
    private final int rowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;

    private XlsxTableWriter(SXSSFWorkbook workbook, String title, List<String> headers, int rowsPerSheet) {
        this.workbook = workbook;
        this.sheetName = sheetName(title);
        this.headers = headers;
        this.rowsPerSheet = rowsPerSheet;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static void write(String title, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out)
            throws IOException {
        write(title, headers, rows, out, EXCEL.getMaxRows());
    }

    /** As above with fewer rows to a sheet, so that a test can see a table continue without a million rows. */
    static void write(
            String title, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out, int rowsPerSheet)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            XlsxTableWriter writer = new XlsxTableWriter(workbook, title, headers, rowsPerSheet);
            writer.startSheet();
            for (List<?> row : rows) {
                writer.add(row);
            }
            writer.finishSheet();
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void add(List<?> values) {
        if (nextRow == rowsPerSheet) {
            finishSheet();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            cell(row.createCell(i), values.get(i));
        }
    }

    private void cell(Cell cell, Object value) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number && Cells.decimal(number).isPresent()) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            // A string cell is never evaluated as it stands, but Excel reads it as a formula again once someone
            // edits the cell or saves the sheet as CSV: neutralised as in the CSV export.
            cell.setCellValue(truncated(Cells.safeText(value)));
        }
    }

    private void startSheet() {
        sheets++;
        String suffix = sheets == 1 ? "" : " (" + sheets + ")";
        sheet = workbook.createSheet(
                sheetName.substring(0, Math.min(sheetName.length(), MAX_SHEET_NAME - suffix.length())) + suffix);
        sheet.setDefaultColumnWidth(COLUMN_WIDTH);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(truncated(Cells.safeText(headers.get(i))));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, headers.size() - 1));
    }

    /** Excel refuses a cell longer than 32,767 characters; a longer value is cut rather than failing the export. */
    private static String truncated(String text) {
        return text.length() <= EXCEL.getMaxTextLength() ? text : text.substring(0, EXCEL.getMaxTextLength());
    }

    /** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, no apostrophe at either end. */
    private static String sheetName(String title) {
        String name = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Export" : title.strip(), ' ')
                .strip();
        return name.isEmpty() ? "Export" : name;
    }
}
