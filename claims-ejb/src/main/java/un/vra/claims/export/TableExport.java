package un.vra.claims.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes a table as CSV, Excel or PDF onto a stream, one row at a time.
 *
 * <p>The rows may come from a database page after page: they are read once, in order, and none is kept after it
 * is written, so an export of a million claims needs no more memory than one of ten. Values may be text, numbers
 * ({@link Number}, written as numbers), {@link java.time.LocalDate} (real dates in Excel, ISO 8601 elsewhere),
 * enum constants (by name) or null (an empty cell); anything else is written as its {@code toString()}.
 *
 * <p>Text that a spreadsheet would run as a formula (a first character among {@code = + - @}, tab or carriage
 * return) is written with a leading apostrophe, as OWASP advises against CSV injection: a claim's free text is
 * typed by people outside the organisation.
 *
 * <p>The stream is the caller's and is left open. I/O failures surface as {@link UncheckedIOException}, so that
 * this fits both a JAX-RS {@code StreamingOutput} and a PrimeFaces {@code StreamedContent} writer.
 */
public final class TableExport {

    private TableExport() {}

    /**
     * Writes the table in the given format.
     *
     * @param title   heads the PDF, names the Excel sheet (cut to Excel's limits); not written into the CSV
     * @param headers the column names, at least one
     * @param rows    each as many values as there are headers; iterated once
     * @throws IllegalArgumentException when a row has another number of values than there are headers
     */
    public static void write(
            ExportFormat format,
            String title,
            List<String> headers,
            Iterable<? extends List<?>> rows,
            OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(out, "out");
        List<String> columns = List.copyOf(Objects.requireNonNull(headers, "headers"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        Iterable<List<?>> checked = checked(columns.size(), Objects.requireNonNull(rows, "rows"));
        try {
            switch (format) {
                case CSV -> CsvTableWriter.write(columns, checked, out);
                case XLSX -> XlsxTableWriter.write(title, columns, checked, out);
                case PDF -> PdfTableWriter.write(title, columns, checked, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + format + " export", e);
        }
    }

    /** The rows as given, each checked as it comes: a short row would shift every later cell in a PDF table. */
    private static Iterable<List<?>> checked(int columns, Iterable<? extends List<?>> rows) {
        return () -> new Iterator<>() {
            private final Iterator<? extends List<?>> source = rows.iterator();
            private long number;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<?> next() {
                List<?> row = source.next();
                number++;
                if (row == null || row.size() != columns) {
                    String values = row == null ? "no" : String.valueOf(row.size());
                    throw new IllegalArgumentException(
                            "row " + number + " has " + values + " values for " + columns + " columns");
                }
                return row;
            }
        };
    }
}
