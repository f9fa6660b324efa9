package un.vra.claims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The words of a PDF the application wrote, as a reader would copy them out, for the tests of every document. */
public final class PdfText {

    private PdfText() {}

    /** The text of every page, pages separated by a form feed. */
    public static String of(byte[] pdf) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\f');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
