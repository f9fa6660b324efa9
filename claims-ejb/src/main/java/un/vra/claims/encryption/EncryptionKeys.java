package un.vra.claims.encryption;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;

/**
 * At start, once the schema is migrated: gives the live key ring the state kept in the database (the target of
 * the last rotation is the current key; retired keys are never used again) and resumes a rotation that a stop
 * interrupted. Runs rotations in the background, one batch after another, each logged in the server log and
 * as a security event. At each start, gives the children stored without a fingerprint theirs, in the background.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class EncryptionKeys {

    private static final Logger LOG = Logger.getLogger(EncryptionKeys.class.getName());

    @Inject
    private KeyRotations rotations;

    @EJB
    private KeyRotationBatches batches;

    @Inject
    private AuditTrail audit;

    @Resource
    private ManagedExecutorService executor;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;

    @PostConstruct
    void load() {
        try (Connection connection = rotations.open()) {
            Optional<KeyRotation> latest = rotations.latest(connection);
            PersonalDataKeys.load(latest.map(KeyRotation::targetKeyId).orElse(null), rotations.retired(connection));
            KeyRing ring = PersonalDataKeys.ring();
            ring.problem()
                    .ifPresentOrElse(
                            problem -> LOG.severe(() -> "Personal data can be neither read nor written: " + problem),
                            () -> LOG.info(() ->
                                    "Personal data is encrypted under key " + ring.current() + " (keys configured: "
                                            + ring.configured() + ", retired: " + ring.retired() + ")"));
            latest.filter(rotation -> rotation.status() == KeyRotation.Status.RUNNING)
                    .ifPresent(rotation -> {
                        String detail = "key rotation " + rotation.id() + " to key " + rotation.targetKeyId()
                                + ": resumed after a restart";
                        LOG.info(detail);
                        audit.securityEvent(rotation.startedBy(), SecurityEvent.Kind.ENCRYPTION_KEYS, detail, null);
                        run(rotation.id());
                    });
            if (ring.problem().isEmpty()) {
                executor.submit(this::fingerprintChildren);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the state of the encryption keys", e);
        }
    }

    /** Lets a running rotation stop after its current batch; the next start resumes it. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Runs the rotation in the background unless this server already does. */
    public void run(long rotationId) {
        if (running.add(rotationId)) {
            executor.submit(() -> rotate(rotationId));
        }
    }

    private void rotate(long rotationId) {
        long started = System.nanoTime();
        KeyRotationBatches.Step step = null;
        try {
            do {
                step = batches.next(rotationId);
                if (step.table() != null) {
                    logged(
                            step,
                            "batch of " + step.table() + " after " + cursor(step.after()) + ": " + step.rowsRead()
                                    + " rows read, " + step.valuesRewritten() + " values re-encrypted (pass "
                                    + step.pass() + ")");
                } else if (step.status() == KeyRotation.Status.RUNNING) {
                    logged(step, "values written meanwhile under another key remain: pass " + (step.pass() + 1));
                }
            } while (step.status() == KeyRotation.Status.RUNNING && !stopping);
            if (step.status() == KeyRotation.Status.FINISHED) {
                logged(
                        step,
                        "finished in " + (System.nanoTime() - started) / 1_000_000_000 + " s: every value is"
                                + " under key " + step.target());
            } else if (step.status() == KeyRotation.Status.FAILED) {
                logged(step, "failed: " + step.failure());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Key rotation " + rotationId + " failed", e);
            batches.fail(rotationId, rootMessage(e));
            audit.securityEvent(
                    step == null ? null : step.startedBy(),
                    SecurityEvent.Kind.ENCRYPTION_KEYS,
                    "key rotation " + rotationId + " failed: " + rootMessage(e),
                    null);
        } finally {
            running.remove(rotationId);
        }
    }

    /**
     * Gives every child stored without a fingerprint (before V90, or written by SQL) its fingerprint, a batch at a
     * time along the children's key, each batch in a transaction of its own: idempotent, and a stop leaves the rest
     * to the next start. It reads only the children without one, through the fingerprint's index: with none, one
     * look-up, however many children are stored.
     */
    private void fingerprintChildren() {
        long started = System.nanoTime();
        Reseal.Cursor after = Reseal.Cursor.START;
        long read = 0;
        long written = 0;
        try {
            Reseal.Outcome batch;
            do {
                batch = batches.fingerprints(after);
                after = batch.next();
                read += batch.rowsRead();
                written += batch.valuesRewritten();
            } while (!batch.tableDone() && !stopping);
            String detail = "children's fingerprints: " + written + " computed under key "
                    + PersonalDataKeys.ring().current() + " (" + read + " children read) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms"
                    + (stopping ? ", stopped by the server's stop" : "");
            LOG.info(detail);
            if (written > 0) {
                audit.securityEvent(null, SecurityEvent.Kind.ENCRYPTION_KEYS, detail, null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The children's fingerprints could not be computed after " + cursor(after), e);
        }
    }

    private void logged(KeyRotationBatches.Step step, String what) {
        String detail = "key rotation " + step.rotationId() + " to key " + step.target() + ": " + what;
        LOG.info(detail);
        audit.securityEvent(step.startedBy(), SecurityEvent.Kind.ENCRYPTION_KEYS, detail, null);
    }

    private static String cursor(Reseal.Cursor after) {
        return after.first() == null
                ? "the start"
                : after.second() == null ? "id " + after.first() : "id " + after.first() + "/" + after.second();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
