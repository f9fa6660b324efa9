package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import un.vra.claims.imports.ImportCheck;
import un.vra.claims.imports.ImportJobs;
import un.vra.claims.imports.ImportProgress;
import un.vra.claims.imports.ImportReport;
import un.vra.claims.imports.ImportService;
import un.vra.claims.web.ui.PageMessages;

/**
 * The legacy import in two steps: the uploaded file is first checked without storing anything, showing how
 * many claims it holds and every problem by row; only a file without problems can then be imported, all at once, in
 * the background ({@link ImportJobs}), so that no request waits for a large file, while the page polls how far the
 * import has got and, once it has ended, shows what it did.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @EJB
    private ImportService imports;

    @Inject
    private ImportProgress progress;

    @Inject
    private ImportJobs jobs;

    @Inject
    private FacesContext facesContext;

    private String fileName;
    private byte[] content;
    private ImportCheck check;
    private ImportReport report;
    private String importId;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        report = null;
        check = imports.check(content);
    }

    /** Starts the import in the background; the page then follows it ({@link #follow}). */
    public void confirm() {
        if (check == null || !check.ready() || importId != null) {
            return;
        }
        ImportJobs.Job job = imports.submit(content);
        if (job.id() == null) {
            ended(job);
        } else {
            importId = job.id();
        }
    }

    /** Polled while the import runs: once it has ended, shows what it did and stops the polling. */
    public void follow() {
        Optional<ImportJobs.Job> job = importId == null ? Optional.empty() : jobs.of(importId);
        if (job.isPresent() && job.get().state() == ImportJobs.State.RUNNING) {
            return;
        }
        job.ifPresent(this::ended);
        importId = null;
        PrimeFaces.current().executeScript("PF('importProgressPoll').stop()");
        PrimeFaces.current().ajax().update(":result", ":messages");
    }

    private void ended(ImportJobs.Job job) {
        switch (job.state()) {
            case IMPORTED -> {
                report = job.report();
                content = null;
                PageMessages.info(facesContext, "import.done", report.imported());
            }
            case REJECTED -> check = imports.check(content);
            default -> PageMessages.info(facesContext, "import.failed");
        }
    }

    public String getFileName() {
        return fileName;
    }

    public ImportCheck getCheck() {
        return check;
    }

    public ImportReport getReport() {
        return report;
    }

    /**
     * How far the import of the checked file has got, for the page to poll while a large file is written; null when
     * no import of it is under way.
     */
    public ImportProgress.Progress getProgress() {
        return check == null ? null : progress.of(check.file()).orElse(null);
    }

    /** The first claims imported, as links; a large file's full list is in the register. */
    public List<String> getShownReferences() {
        return report == null
                ? List.of()
                : report.references()
                        .subList(0, Math.min(SHOWN, report.references().size()));
    }
}
