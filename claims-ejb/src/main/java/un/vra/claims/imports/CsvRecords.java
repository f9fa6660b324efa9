package un.vra.claims.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The import's first stage: splits the file's text into records with Commons CSV (RFC 4180, comma, double
 * quotes), one at a time, so that a large file is never held as fields. It checks only the quoting; what the
 * fields mean is left to the later stages.
 *
 * <p>Records are numbered as they come, blank lines not counting, so that a row number points at a record even
 * when a quoted field spans several lines. Spaces around a field are dropped unless quoted. A record whose quoting
 * is broken is reported once, as a whole, and reading goes on at the next line.
 */
final class CsvRecords {

    /** One record as split, or the reason it could not be split (its fields are then empty). */
    record CsvRecord(int row, List<String> fields, String problem) {

        CsvRecord {
            fields = List.copyOf(fields);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    private static final char QUOTE = '"';

    static final String STRAY_QUOTE = "a double quote may appear only inside a field that is quoted as a whole, "
            + "and must then be written twice";
    static final String NEVER_CLOSED = "a quoted field is never closed; expected a closing double quote";
    static final String TEXT_AFTER_QUOTE =
            "expected a comma or the end of the line after the closing double quote " + "of a field";

    private final String text;
    private final Consumer<CsvRecord> each;
    private int row;

    private CsvRecords(String text, Consumer<CsvRecord> each) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.each = each;
    }

    /** Hands each record of the text to {@code each}, in file order; a leading byte order mark is skipped. */
    static void read(String text, Consumer<CsvRecord> each) {
        new CsvRecords(text, each).readFrom(0);
    }

    private void readFrom(int start) {
        int from = start;
        while (from >= 0) {
            from = readUntilBroken(from);
        }
    }

    /** Reads from a position until the end, or until a broken record; returns where to go on, or -1 at the end. */
    private int readUntilBroken(int from) {
        StringReader reader = new StringReader(text);
        try {
            reader.skip(from);
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
        CSVParser parser = parser(reader);
        Iterator<CSVRecord> records = parser.iterator();
        try {
            while (records.hasNext()) {
                accept(records.next(), from);
            }
            return -1;
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException broken)) {
                throw e;
            }
            row++;
            boolean unclosed = broken.getMessage().contains("EOF");
            each.accept(new CsvRecord(row, List.of(), unclosed ? NEVER_CLOSED : TEXT_AFTER_QUOTE));
            // The parser stopped on the offending character, on the broken record's last line.
            return unclosed ? -1 : afterLineEnds(from, parser.getCurrentLineNumber());
        }
    }

    private static CSVParser parser(StringReader reader) {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
    }

    /** Where the text goes on after a number of line ends counted as the parser counts them, CRLF being one. */
    private int afterLineEnds(int from, long lineEnds) {
        int pos = from;
        for (long seen = 0; seen < lineEnds && pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\r' || c == '\n' && (pos == from || text.charAt(pos - 1) != '\r')) {
                seen++;
            }
        }
        if (pos < text.length() && text.charAt(pos) == '\n' && text.charAt(pos - 1) == '\r') {
            pos++;
        }
        return pos < text.length() ? pos : -1;
    }

    private void accept(CSVRecord record, int from) {
        List<String> fields = record.toList();
        if (fields.size() == 1 && fields.get(0).isBlank()) {
            return;
        }
        row++;
        int start = from + (int) record.getCharacterPosition();
        boolean stray = fields.stream().anyMatch(field -> field.indexOf(QUOTE) >= 0) && strayQuote(start, fields);
        each.accept(stray ? new CsvRecord(row, List.of(), STRAY_QUOTE) : new CsvRecord(row, fields, null));
    }

    /**
     * Commons CSV keeps a double quote inside an unquoted field as data, where the legacy format asks for the field
     * to be quoted: walks the record's text field by field, knowing each field's value, to see which were quoted.
     */
    private boolean strayQuote(int start, List<String> fields) {
        int pos = skipSpaces(start, true);
        for (String field : fields) {
            if (pos < text.length() && text.charAt(pos) == QUOTE) {
                pos += 2
                        + field.length()
                        + (int) field.chars().filter(c -> c == QUOTE).count();
            } else if (field.indexOf(QUOTE) >= 0) {
                return true;
            } else {
                pos += field.length();
            }
            pos = skipSpaces(skipSpaces(pos, false) + 1, false);
        }
        return false;
    }

    /** Spaces around fields are not content; before a record's first field, neither are blank lines. */
    private int skipSpaces(int from, boolean lineEndsToo) {
        int pos = from;
        while (pos < text.length()
                && Character.isWhitespace(text.charAt(pos))
                && text.charAt(pos) != ','
                && (lineEndsToo || text.charAt(pos) != '\n' && text.charAt(pos) != '\r')) {
            pos++;
        }
        return pos;
    }
}
