package un.vra.claims.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the check or the import of each file has got, for the import page to show while a large file is worked
 * on. Kept in memory, outside the import's transaction, so that it is seen while the transaction is still open;
 * a file's entry goes when its work ends.
 */
@ApplicationScoped
public class ImportProgress {

    /**
     * @param rowsChecked   records of the file checked so far
     * @param claimsWritten claims written so far, within the import's still open transaction
     * @param claimsToWrite claims the file holds, known once the whole file was checked; 0 until then
     */
    public record Progress(int rowsChecked, int claimsWritten, int claimsToWrite) implements Serializable {}

    private final Map<String, Progress> byFile = new ConcurrentHashMap<>();

    /** @param file the file's SHA-256, as {@link ImportCheck#file()} gives it */
    public Optional<Progress> of(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    void checked(String file, int rows) {
        byFile.put(file, new Progress(rows, 0, 0));
    }

    void written(String file, int rows, int claims, int of) {
        byFile.put(file, new Progress(rows, claims, of));
    }

    void ended(String file) {
        byFile.remove(file);
    }
}
