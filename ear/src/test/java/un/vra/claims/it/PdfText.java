package un.vra.claims.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** The words of a PDF the application served, as a reader would copy them out. */
final class PdfText {

    private PdfText() {}

    /** The text of every page, one after the other. */
    static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The text without any white space, since the layout decides where lines break. */
    static String compact(byte[] pdf) throws IOException {
        return of(pdf).replaceAll("\\s+", "");
    }
}
