package un.vra.claims.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a file would do: how many claims it holds and every problem, or that it was imported already.
 *
 * @param file the file's SHA-256, by which {@link ImportProgress} tells how far its import has got
 */
public record ImportCheck(String file, boolean alreadyImported, int claims, List<ImportProblem> problems)
        implements Serializable {

    public ImportCheck {
        problems = List.copyOf(problems);
    }

    public boolean ready() {
        return !alreadyImported && problems.isEmpty() && claims > 0;
    }
}
