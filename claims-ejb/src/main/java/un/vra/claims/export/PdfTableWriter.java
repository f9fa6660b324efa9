package un.vra.claims.export;

import com.lowagie.text.PageSize;
import java.io.OutputStream;
import java.util.List;

/** A table as a PDF to print: A4 landscape, the title on top, small type, the header row on every page. */
final class PdfTableWriter {

    private PdfTableWriter() {}

    static void write(String title, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        PdfPages pdf = PdfPages.open(out, PageSize.A4.rotate(), title, title);
        pdf.add(PdfPages.paragraph(title, PdfPages.TITLE, 0));
        pdf.addTable(headers, rows);
        pdf.close();
    }
}
