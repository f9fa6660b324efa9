package un.vra.claims.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code job_lease} table: a job runs only on the server that took its lease, with an UPDATE whose condition
 * (the lease has expired) one server at a time can meet, and records each day it finished under that lease. Each
 * call commits on its own, so the lease holds whatever the job's own transactions do.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeaseRepository {

    @PersistenceContext
    private EntityManager em;

    /** Takes the job's lease for {@code length} if it has expired; empty when another server holds it. */
    public Optional<JobLease> take(String job, String holder, Instant now, Duration length) {
        int taken = em.createNativeQuery(
                        "UPDATE job_lease SET holder = ?1, leased_until = ?2 WHERE job = ?3 AND leased_until < ?4")
                .setParameter(1, holder)
                .setParameter(2, Timestamp.from(now.plus(length)))
                .setParameter(3, job)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        Object last = em.createNativeQuery("SELECT last_day FROM job_lease WHERE job = ?1")
                .setParameter(1, job)
                .getSingleResult();
        return Optional.of(new JobLease(job, holder, last == null ? null : ((Date) last).toLocalDate()));
    }

    /**
     * Records that the job finished {@code day} and extends the lease; false when the lease was lost (it expired
     * and another server took it), and the job must stop.
     */
    public boolean finished(JobLease lease, LocalDate day, Instant now, Duration length) {
        return em.createNativeQuery("UPDATE job_lease SET last_day = ?1, leased_until = ?2"
                                + " WHERE job = ?3 AND holder = ?4 AND leased_until >= ?5")
                        .setParameter(1, Date.valueOf(day))
                        .setParameter(2, Timestamp.from(now.plus(length)))
                        .setParameter(3, lease.job())
                        .setParameter(4, lease.holder())
                        .setParameter(5, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    /** Gives the lease back, so that the next run, here or elsewhere, need not wait for it to expire. */
    public void release(JobLease lease, Instant now) {
        em.createNativeQuery("UPDATE job_lease SET leased_until = ?1 WHERE job = ?2 AND holder = ?3")
                .setParameter(1, Timestamp.from(now.minusMillis(1)))
                .setParameter(2, lease.job())
                .setParameter(3, lease.holder())
                .executeUpdate();
    }
}
