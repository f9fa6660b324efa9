package un.vra.claims.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV with CRLF line ends, in UTF-8 behind a byte order mark: without the mark Excel reads the file as
 * the local ANSI code page and mangles accented names.
 */
final class CsvTableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTableWriter() {}

    static void write(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        record(writer, headers);
        for (List<?> row : rows) {
            record(writer, row);
        }
        // Flushed, not closed: the stream is the caller's, a servlet response for one.
        writer.flush();
    }

    private static void record(Writer writer, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(field(values.get(i))));
        }
        writer.write("\r\n");
    }

    /** Numbers stay numbers, so they are not neutralised: -5 is a number, not a formula. */
    private static String field(Object value) {
        return Cells.decimal(value).map(BigDecimal::toPlainString).orElseGet(() -> Cells.safeText(value));
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
