package un.vra.claims.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import un.vra.claims.account.Role;

/**
 * Does a {@link BackgroundJobs} job in a thread of the container's, in the name of the administrator who started it
 * (the caller's principal goes with an asynchronous call), outside any transaction: the task's beans begin their own,
 * each with its own timeout.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    @Asynchronous
    public void run(BackgroundJobs.Entry job, Callable<? extends Serializable> task) {
        try {
            Serializable result = task.call();
            job.done(result);
            LOG.info(() -> "Job " + job.kind + " " + job.id + " done");
        } catch (Exception e) {
            job.failed();
            LOG.log(Level.SEVERE, e, () -> "Job " + job.kind + " " + job.id + " failed");
        }
    }
}
