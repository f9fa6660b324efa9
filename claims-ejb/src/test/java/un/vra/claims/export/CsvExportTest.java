package un.vra.claims.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.ClaimStatus;

class CsvExportTest {

    private static String csv(List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.CSV, "Claims", headers, rows, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Arrays.copyOf(bytes, 3),
                "UTF-8 byte order mark, so that Excel reads the accents");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static String line(Object... values) {
        return csv(List.of("only"), List.of(Arrays.asList(values).subList(0, 1)))
                .split("\r\n")[1];
    }

    @Test
    void textThatWouldStartAFormulaGetsALeadingApostrophe() {
        assertEquals("'=SUM(A1)", line("=SUM(A1)"));
        assertEquals("'+33 1 23", line("+33 1 23"));
        assertEquals("'-5", line("-5"));
        assertEquals("'@cmd", line("@cmd"));
        assertEquals("'\tindented", line("\tindented"));
        assertEquals("\"'\rcarriage\"", line("\rcarriage"));
        assertEquals("a=b", line("a=b"));
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertEquals("-5", line(-5));
        assertEquals("-12.50", line(new BigDecimal("-12.50")));
        assertEquals("10000000000", line(1e10));
        assertEquals("'-Infinity", line(Double.NEGATIVE_INFINITY));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Goma, Nord-Kivu\"", line("Goma, Nord-Kivu"));
        assertEquals("\"She said \"\"no\"\"\"", line("She said \"no\""));
        String text = csv(List.of("note"), List.of(List.of("two\nlines"), List.of("three\r\nlines, really")));
        assertEquals("note\r\n\"two\nlines\"\r\n\"three\r\nlines, really\"\r\n", text);
    }

    @Test
    void datesAreIsoNullsEmptyEnumsByNameAndLinesEndInCrLf() {
        String text = csv(
                List.of("Reference", "Received", "Status", "Closed", "Claimant"),
                List.of(Arrays.asList(
                        "PC-2024-0001", LocalDate.of(2024, 3, 1), ClaimStatus.DNA_TESTING, null, "Amélie Ngoy")));
        assertEquals(
                "Reference,Received,Status,Closed,Claimant\r\nPC-2024-0001,2024-03-01,DNA_TESTING,,Amélie Ngoy\r\n",
                text);
    }

    @Test
    void anEmptyTableIsItsHeaderRow() {
        assertEquals("Reference,Received,Days pending,Mission\r\n", csv(LazyRows.HEADERS, List.of()));
    }

    @Test
    void aLazySourceOfFiftyThousandRowsIsStreamedInOnePass() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.CSV, "Claims", LazyRows.HEADERS, new LazyRows(50_000), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(50_001, lines.length);
        assertEquals("PC-2024-50000,2024-12-26,0,MONUSCO", lines[50_000]);
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedWithItsNumber() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> csv(List.of("a", "b"), List.of(List.of("1", "2"), List.of("only one"))));
        assertEquals("row 2 has 1 values for 2 columns", refused.getMessage());
    }
}
