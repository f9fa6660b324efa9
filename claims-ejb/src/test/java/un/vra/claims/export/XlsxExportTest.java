package un.vra.claims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private static byte[] xlsx(String title, List<String> headers, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.XLSX, title, headers, rows, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void headerIsBoldAndFrozenAndCellsKeepTheirTypes() throws IOException {
        byte[] bytes = xlsx(
                "Claims",
                List.of("Reference", "Note", "Days pending", "Received", "Closed"),
                List.of(
                        Arrays.asList("PC-2024-0001", "=HYPERLINK(\"http://x\")", -5, LocalDate.of(2024, 3, 1), null),
                        Arrays.asList("PC-2024-0002", "-5", new BigDecimal("12.5"), null, null)));
        try (XSSFWorkbook workbook = read(bytes)) {
            XSSFSheet sheet = workbook.getSheet("Claims");
            Row header = sheet.getRow(0);
            assertEquals("Reference", header.getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                    .getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());

            Row first = sheet.getRow(1);
            Cell formulaLike = first.getCell(1);
            assertEquals(CellType.STRING, formulaLike.getCellType());
            assertEquals("'=HYPERLINK(\"http://x\")", formulaLike.getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(-5, first.getCell(2).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(3)));
            assertEquals(
                    LocalDate.of(2024, 3, 1),
                    first.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(first.getCell(4) == null || first.getCell(4).getCellType() == CellType.BLANK);

            Row second = sheet.getRow(2);
            assertEquals(CellType.STRING, second.getCell(1).getCellType());
            assertEquals("'-5", second.getCell(1).getStringCellValue());
            assertEquals(12.5, second.getCell(2).getNumericCellValue());
            assertEquals("Claims", workbook.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theSheetNameKeepsWithinExcelsRules() throws IOException {
        byte[] bytes = xlsx("Claims [2024]: Goma/Bunia? *all* \\ pending, by mission", List.of("a"), List.of());
        try (XSSFWorkbook workbook = read(bytes)) {
            String name = workbook.getSheetName(0);
            assertTrue(name.length() <= 31, name);
            assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
            assertTrue(name.startsWith("Claims"), name);
        }
        try (XSSFWorkbook workbook = read(xlsx("  ", List.of("a"), List.of()))) {
            assertEquals("Export", workbook.getSheetName(0));
        }
    }

    @Test
    void allRowsOfALazySourceAreReadBack() throws IOException {
        try (XSSFWorkbook workbook = read(xlsx("Claims", LazyRows.HEADERS, new LazyRows(1_500)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(1_500, sheet.getLastRowNum());
            assertEquals("PC-2024-01500", sheet.getRow(1_500).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1_500).getCell(2).getCellType());
        }
    }

    @Test
    void fiftyThousandLazyRowsStreamThrough() {
        byte[] bytes = xlsx("Claims", LazyRows.HEADERS, new LazyRows(50_000));
        assertEquals('P', bytes[0]);
        assertEquals('K', bytes[1]);
    }

    @Test
    void aTableLongerThanASheetContinuesOnTheNextWithItsHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableWriter.write("Claims", LazyRows.HEADERS, new LazyRows(25), out, 10);
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("Claims (2)", workbook.getSheetName(1));
            XSSFSheet last = workbook.getSheetAt(2);
            assertEquals("Reference", last.getRow(0).getCell(0).getStringCellValue());
            assertEquals("PC-2024-00019", last.getRow(1).getCell(0).getStringCellValue());
            assertEquals("PC-2024-00025", last.getRow(7).getCell(0).getStringCellValue());
            assertNotNull(last.getCTWorksheet().getAutoFilter());
        }
    }

    @Test
    void textLongerThanExcelAllowsIsCutRatherThanFailingTheExport() throws IOException {
        try (XSSFWorkbook workbook = read(xlsx("Notes", List.of("note"), List.of(List.of("x".repeat(40_000)))))) {
            assertEquals(
                    32_767,
                    workbook.getSheetAt(0)
                            .getRow(1)
                            .getCell(0)
                            .getStringCellValue()
                            .length());
        }
    }
}
