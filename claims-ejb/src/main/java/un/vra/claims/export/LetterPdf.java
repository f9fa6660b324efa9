package un.vra.claims.export;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import java.io.ByteArrayOutputStream;

/**
 * A {@link Letter} as a PDF on A4, with the fonts and page footer of every other document the application writes
 * ({@link PdfPages}): the title centred, the identifying lines, the paragraphs justified, then the place and date.
 */
public final class LetterPdf {

    private LetterPdf() {}

    public static byte[] write(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPages pdf = PdfPages.open(out, PageSize.A4, letter.title(), letter.footer());
        pdf.add(PdfPages.paragraph(letter.title(), PdfPages.TITLE, 36, Element.ALIGN_CENTER));
        boolean first = true;
        for (String line : letter.references()) {
            pdf.add(PdfPages.paragraph(line, PdfPages.LETTER, first ? 24 : 0, Element.ALIGN_LEFT));
            first = false;
        }
        for (String paragraph : letter.paragraphs()) {
            pdf.add(PdfPages.paragraph(paragraph, PdfPages.LETTER, 14, Element.ALIGN_JUSTIFIED));
        }
        pdf.add(PdfPages.paragraph(letter.placeAndDate(), PdfPages.LETTER, 28, Element.ALIGN_RIGHT));
        pdf.close();
        return out.toByteArray();
    }
}
