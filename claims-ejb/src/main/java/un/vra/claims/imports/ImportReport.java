package un.vra.claims.imports;

import java.util.List;

/** What an import did: the claims it created, or that the same file had already been imported. */
public record ImportReport(boolean alreadyImported, int imported, List<String> references, String message) {}
