package un.vra.claims.api;

import java.util.List;
import java.util.ResourceBundle;
import un.vra.claims.imports.ImportJobs;
import un.vra.claims.imports.ImportProgress;

/**
 * An import as {@code GET /imports/{id}} answers it, so that a client follows a long import without holding a
 * request open: how far it has got while it runs; once imported, the same fields as the report a synchronous import
 * gave ({@code imported}, {@code references}, {@code message}); once failed, a message. Absent parts are left out.
 */
public record ImportStatus(
        String id,
        ImportJobs.State state,
        int rowsChecked,
        int claimsWritten,
        int claimsToWrite,
        Boolean alreadyImported,
        Integer imported,
        List<String> references,
        String message) {

    static ImportStatus of(ImportJobs.Job job, ImportProgress.Progress progress, ResourceBundle texts) {
        return switch (job.state()) {
            case IMPORTED -> {
                int count = job.report().imported();
                yield new ImportStatus(
                        job.id(),
                        job.state(),
                        count,
                        count,
                        count,
                        false,
                        count,
                        job.report().references(),
                        job.report().message());
            }
            case FAILED ->
                new ImportStatus(job.id(), job.state(), 0, 0, 0, null, null, null, texts.getString("import.failed"));
            default ->
                progress == null
                        ? new ImportStatus(job.id(), job.state(), 0, 0, 0, null, null, null, null)
                        : new ImportStatus(
                                job.id(),
                                job.state(),
                                progress.rowsChecked(),
                                progress.claimsWritten(),
                                progress.claimsToWrite(),
                                null,
                                null,
                                null,
                                null);
        };
    }
}
