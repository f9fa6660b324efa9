package un.vra.claims.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import un.vra.claims.imports.CsvRecords.CsvRecord;

/**
 * Reads the legacy claims export (RFC 4180 CSV with a header row) and checks every row before anything is imported:
 * records are split ({@link CsvRecords}), each field typed ({@link LegacyRowMapper}), then the fields are checked
 * against each other ({@link LegacyRowRules}).
 *
 * <p>The file is checked as a whole and every problem is reported, not only the first, so that whoever prepares the
 * file can fix it in one pass. Only rows without any problem are returned; whether to import those alone or nothing
 * at all is the caller's decision.
 *
 * <p>Messages never repeat the claimant's name nor a whole record, because problem lists get shared and logged.
 */
public final class LegacyFile {

    /**
     * What a file yields.
     *
     * @param rows     the rows that passed every check, in file order
     * @param problems every problem found, ordered by row and then by the column's position in the file
     */
    public record Result(List<LegacyRow> rows, List<ImportProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private static final int PROGRESS_EVERY = 1000;

    private final LegacyRowMapper mapper;
    private final IntConsumer rowsRead;
    private final List<LegacyRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private boolean headerRead;
    /** Null while the header is unread or unusable: rows are then not checked, since their columns are unknown. */
    private LegacyHeader header;

    private LegacyFile(LocalDate today, IntConsumer rowsRead) {
        this.mapper = new LegacyRowMapper(today);
        this.rowsRead = rowsRead;
    }

    public static Result read(Reader input, LocalDate today) {
        return read(input, today, count -> {});
    }

    /**
     * Reads and checks a whole file.
     *
     * @param input    the file's text, already decoded from UTF-8 by the caller; a leading byte order mark is skipped
     * @param today    the date against which "not in the future" is judged, passed in so that results are repeatable
     * @param rowsRead told the number of records read so far, now and then, for a long file's progress
     */
    public static Result read(Reader input, LocalDate today, IntConsumer rowsRead) {
        Objects.requireNonNull(today, "today");
        LegacyFile file = new LegacyFile(today, rowsRead);
        CsvRecords.read(readAll(input), file::accept);
        if (!file.headerRead) {
            return new Result(
                    List.of(),
                    List.of(new ImportProblem(1, null, "the file is empty; expected a header row naming the columns")));
        }
        if (file.header != null && file.rows.isEmpty() && file.problems.isEmpty()) {
            return new Result(
                    List.of(), List.of(new ImportProblem(2, null, "the file holds no claim: only its header row")));
        }
        return new Result(file.rows, file.problems);
    }

    /**
     * The text is held whole (the callers bound a file to 50 MiB) so that a broken record can be skipped and
     * reading go on after it; records are split one at a time.
     */
    private static String readAll(Reader input) {
        StringWriter text = new StringWriter();
        try {
            input.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the import file", e);
        }
        return text.toString();
    }

    private void accept(CsvRecord record) {
        if (!headerRead) {
            headerRead = true;
            header = LegacyHeader.read(record, problems);
            if (!problems.isEmpty()) {
                header = null;
            }
        } else if (header != null) {
            readRow(record);
        }
        if (record.row() % PROGRESS_EVERY == 0) {
            rowsRead.accept(record.row() - 1);
        }
    }

    /** A record that cannot be split into the header's fields is reported once, as a whole, and not checked further. */
    private void readRow(CsvRecord record) {
        if (record.problem() != null) {
            problems.add(new ImportProblem(record.row(), null, record.problem()));
        } else if (record.fields().size() != header.size()) {
            problems.add(new ImportProblem(
                    record.row(),
                    null,
                    "expected " + header.size() + " fields, one per column of the header, but found "
                            + record.fields().size()));
        } else {
            RowFindings findings = new RowFindings(record.row());
            LegacyRow row = mapper.map(header.values(record), findings);
            LegacyRowRules.check(row, findings);
            problems.addAll(findings.problems(header));
            if (findings.isEmpty()) {
                rows.add(row);
            }
        }
    }
}
