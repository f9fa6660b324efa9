package un.vra.claims.imports;

import java.util.List;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/** A legacy file with problems: nothing of it was imported; every problem is listed. */
public class ImportRejectedException extends DomainException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(
                ErrorCode.IMPORT_REJECTED,
                problems.size() + " problem(s) in the file; nothing was imported",
                problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
