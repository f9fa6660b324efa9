package un.vra.claims.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

/**
 * A PDF document being written, as the table export and the claim file both make them: numbered pages, the
 * same fonts, and tables handed over in slices so that a long one never sits whole in memory.
 *
 * <p>The fonts are the standard Helvetica in the Windows-1252 encoding, which has every letter of French, Spanish,
 * Portuguese and the other western European languages; the letters of Russian, Arabic and Chinese come from the
 * Noto fonts ({@link PdfScripts}). A document whose title is written right to left (Arabic) runs right to left
 * throughout: paragraphs, tables (first column on the right) and the footer.
 */
final class PdfPages {

    static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    static final Font LABEL = new Font(Font.HELVETICA, 8, Font.BOLD);
    static final Font BODY = new Font(Font.HELVETICA, 8, Font.NORMAL);
    /** The running text of a letter, read on paper rather than scanned like a table. */
    static final Font LETTER = new Font(Font.HELVETICA, 11, Font.NORMAL);

    private static final Font FOOTER = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.GRAY);
    private static final Color HEADER_BACKGROUND = new Color(225, 225, 225);
    private static final float MARGIN = 36;
    private static final int ROWS_PER_SLICE = 200;
    /** Room for a heading, a table's header row and its first row. */
    private static final float HEADING_ROOM = 72;

    /** Lines may also break after an underscore, so that names such as RECORD_WITHHELD_REIMBURSEMENT wrap whole. */
    private static final SplitCharacter AT_UNDERSCORES = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] text, PdfChunk[] chunks) {
            return getCurrentCharacter(current, text, chunks) == '_'
                    || super.isSplitCharacter(start, current, end, text, chunks);
        }
    };

    private final Document document;
    private final PdfWriter writer;
    private final boolean rightToLeft;

    private PdfPages(Document document, PdfWriter writer, boolean rightToLeft) {
        this.document = document;
        this.writer = writer;
        this.rightToLeft = rightToLeft;
    }

    /**
     * Opens a document on the caller's stream, which stays open when the document is closed.
     *
     * @param footer text printed at the foot of every page, before the page number
     */
    static PdfPages open(OutputStream out, Rectangle pageSize, String title, String footer) {
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        boolean rightToLeft = PdfScripts.rightToLeft(title);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pageWriter, Document page) {
                ColumnText.showTextAligned(
                        pageWriter.getDirectContent(),
                        rightToLeft ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
                        PdfScripts.phrase(footer + " \u2014 " + pageWriter.getPageNumber(), FOOTER),
                        rightToLeft ? page.left() : page.right(),
                        page.bottom() - MARGIN / 2,
                        0,
                        rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_NO_BIDI,
                        0);
            }
        });
        document.addTitle(title);
        document.addCreator("Paternity and child-support claims");
        document.open();
        return new PdfPages(document, writer, rightToLeft);
    }

    /** Adds an element; a table of a document written right to left runs right to left. */
    void add(Element element) {
        if (rightToLeft && element instanceof PdfPTable table) {
            table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        document.add(element);
    }

    /** A section heading; on a new page when too little room is left for it and the first lines beneath it. */
    void addHeading(String text) {
        if (writer.getVerticalPosition(true) - HEADING_ROOM < document.bottom()) {
            document.newPage();
        }
        add(paragraph(text, HEADING, 10));
    }

    /** Ends the document. Left unclosed after a failure, so that a cut-off export never looks complete. */
    void close() {
        document.close();
    }

    /**
     * Adds a table whose header row repeats on every page, saying so when there are no rows. Rows are handed to
     * the document a few hundred at a time, as OpenPDF's "large table" mode allows: those laid out are released.
     *
     * @param relativeWidths one per column, or none for columns of equal width
     * @return how many rows were added, header not counted
     */
    long addTable(List<String> headers, Iterable<? extends List<?>> rows, float... relativeWidths) {
        PdfPTable table = relativeWidths.length == 0 ? new PdfPTable(headers.size()) : new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        if (rightToLeft) {
            table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String header : headers) {
            PdfPCell cell = cell(header, LABEL);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        long count = 0;
        for (List<?> row : rows) {
            for (Object value : row) {
                PdfPCell cell = cell(Cells.display(value), BODY);
                if (Cells.decimal(value).isPresent()) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
            if (++count % ROWS_PER_SLICE == 0) {
                addSlice(table);
            }
        }
        if (count == 0) {
            PdfPCell none = cell("No rows.", BODY);
            none.setColspan(headers.size());
            table.addCell(none);
        }
        table.setComplete(true);
        addSlice(table);
        return count;
    }

    /**
     * OpenPDF leaves out the header of a continued table when a slice starts on a new page, whether the page was
     * already open or the slice's first row opens it. Such a page is opened here and the header asked for.
     */
    private void addSlice(PdfPTable table) {
        if (table.isSkipFirstHeader() && table.size() > table.getHeaderRows()) {
            float firstRow = table.getRowHeight(table.getHeaderRows());
            if (writer.getVerticalPosition(true) - firstRow - 1 < document.bottom()) {
                document.newPage();
            }
            if (writer.getVerticalPosition(true) >= document.top() - 1) {
                table.setSkipFirstHeader(false);
            }
        }
        document.add(table);
    }

    static Element paragraph(String text, Font font, float spacingBefore) {
        return paragraph(text, font, spacingBefore, Element.ALIGN_LEFT);
    }

    /**
     * A paragraph laid out as {@code alignment} says ({@link Element#ALIGN_CENTER} and the like), left and right
     * read as the text's start and end. Text written right to left is laid out by a borderless one-cell table,
     * since only tables and columns shape Arabic and run right to left in OpenPDF.
     */
    static Element paragraph(String text, Font font, float spacingBefore, int alignment) {
        Paragraph paragraph = new Paragraph(PdfScripts.phrase(text, font));
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(4);
        paragraph.setAlignment(alignment);
        if (!PdfScripts.rightToLeft(text)) {
            return paragraph;
        }
        PdfPCell cell = new PdfPCell(PdfScripts.phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(4);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        cell.setHorizontalAlignment(alignment);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        table.addCell(cell);
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        Phrase phrase = PdfScripts.phrase(text, font);
        for (Element part : phrase.getChunks()) {
            if (part instanceof Chunk chunk) {
                chunk.setSplitCharacter(AT_UNDERSCORES);
            }
        }
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(3);
        if (PdfScripts.rightToLeft(text)) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        return cell;
    }
}
