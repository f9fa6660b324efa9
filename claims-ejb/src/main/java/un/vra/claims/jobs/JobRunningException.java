package un.vra.claims.jobs;

import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/** A job of a kind that runs alone was asked for while one runs: that one's id, for the client to follow it. */
public class JobRunningException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String runningId;

    public JobRunningException(String kind, String runningId) {
        super(ErrorCode.JOB_RUNNING, "a job of kind " + kind + " is running: " + runningId);
        this.runningId = runningId;
    }

    /** The id of the job that runs. */
    public String runningId() {
        return runningId;
    }
}
