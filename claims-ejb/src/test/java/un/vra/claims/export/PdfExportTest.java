package un.vra.claims.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    static byte[] pdf(String title, List<String> headers, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.PDF, title, headers, rows, out);
        return out.toByteArray();
    }

    /** The text of every page, pages separated by a form feed. */
    static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }

    @Test
    void theTitleHeadersAndFrenchTextAreInTheDocument() throws IOException {
        String text = text(pdf(
                "Réclamations en cours",
                List.of("Référence", "Reçue le", "Remarque"),
                List.of(
                        List.of("PC-2024-0001", LocalDate.of(2024, 3, 1), "Réclamation déposée à Goma, près du lac"),
                        List.of("PC-2024-0002", LocalDate.of(2024, 3, 2), "=SUM(A1) stays as typed in a PDF"))));
        assertTrue(text.contains("Réclamations en cours"), text);
        assertTrue(text.contains("Référence"), text);
        assertTrue(text.contains("Reçue le"), text);
        assertTrue(text.contains("Réclamation déposée à Goma, près du lac"), text);
        assertTrue(text.contains("2024-03-01"), text);
        assertTrue(text.contains("=SUM(A1) stays"), text);
    }

    @Test
    void theHeaderRowIsRepeatedOnEveryPageOfALongTable() throws IOException {
        String[] pages =
                text(pdf("Claims", LazyRows.HEADERS, new LazyRows(2_000))).split("\f");
        assertTrue(pages.length > 20, "pages: " + pages.length);
        for (String page : pages) {
            assertTrue(page.contains("Days pending"), page);
        }
        assertTrue(pages[pages.length - 1].contains("PC-2024-02000"));
        assertTrue(pages[pages.length - 1].contains("\u2014 " + pages.length), "the page number in the footer");
    }

    @Test
    void fiftyThousandLazyRowsStreamThrough() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.PDF, "Claims", LazyRows.HEADERS, new LazyRows(50_000), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
            assertTrue(last.contains("PC-2024-50000"), last);
        } finally {
            reader.close();
        }
    }

    @Test
    void anEmptyTableSaysSo() throws IOException {
        String text = text(pdf("Claims", LazyRows.HEADERS, List.of()));
        assertTrue(text.contains("Reference"), text);
        assertTrue(text.contains("No rows."), text);
    }

    @Test
    void lettersTheStandardFontsLackComeFromTheNotoFontsAndOnlyLettersNoFontHasShowAsAQuestionMark()
            throws IOException {
        String text = text(pdf("Names", List.of("Name"), List.of(List.of("Ștefan Paweł Amélie Иван \u16A0"))));
        assertTrue(text.contains("Ștefan Paweł Amélie Иван ?"), text);
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        TableExport.write(ExportFormat.PDF, "Claims", LazyRows.HEADERS, new LazyRows(3), out);
        assertTrue(!closed[0], "the PDF writer closed the caller's stream");
    }
}
