package un.vra.claims.imports;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong in an import file, located precisely enough for the person who prepared the file to fix it.
 *
 * @param row     the record's number in the file, the header being row 1, so that the first claim is row 2;
 *                records rather than lines are counted, because a quoted field may span lines
 * @param column  the CSV column at fault, or null when the whole record or the header is at fault
 * @param message what was expected, in plain English
 */
public record ImportProblem(int row, String column, String message) implements Serializable {

    public ImportProblem {
        Objects.requireNonNull(message, "message");
    }
}
