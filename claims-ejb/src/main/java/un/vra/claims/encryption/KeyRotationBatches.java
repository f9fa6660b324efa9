package un.vra.claims.encryption;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/**
 * The rotation's steps, each in a transaction of its own: a batch and the record of where it left off commit
 * together, so that a restart neither repeats nor skips a batch. Internal: reached only through
 * {@link EncryptionService} and {@link EncryptionKeys}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KeyRotationBatches {

    /**
     * Passes over every table before a rotation gives up: a second one picks up values written under an older key
     * while the first ran (by a server that had not yet heard of the rotation); a third finding some still means
     * something keeps writing them.
     */
    static final int PASSES = 3;

    /** What one step did. {@code table} and {@code after} say which batch it was; null for the last check. */
    public record Step(
            long rotationId,
            int target,
            String startedBy,
            int pass,
            String table,
            Reseal.Cursor after,
            int rowsRead,
            int valuesRewritten,
            KeyRotation.Status status,
            String failure) {}

    @Inject
    private KeyRotations rotations;

    @Inject
    private Clock clock;

    /** Records a rotation to the target key; refused while another runs. */
    public long begin(int target, String startedBy) {
        try (Connection connection = rotations.open()) {
            Optional<Long> started = rotations.begin(connection, target, startedBy, clock.instant());
            return started.orElseThrow(() -> new DomainException(
                    ErrorCode.ROTATION_RUNNING,
                    "a key rotation is running: wait until it finishes (GET /admin/encryption/rotation)"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the key rotation", e);
        }
    }

    /**
     * Re-encrypts the next batch of the table the rotation is at; after the last table, counts what is left and
     * either finishes the rotation or starts another pass. A rotation no longer running does nothing.
     */
    public Step next(long rotationId) {
        try (Connection connection = rotations.open()) {
            KeyRotations.Progress at = rotations.lock(connection, rotationId);
            if (at.status() != KeyRotation.Status.RUNNING) {
                return new Step(
                        rotationId, at.target(), at.startedBy(), at.pass(), null, null, 0, 0, at.status(), null);
            }
            Reseal reseal = new Reseal(PersonalDataKeys.ring(), at.target(), Reseal.Scope.NOT_UNDER_TARGET);
            if (at.table() == null) {
                return check(connection, rotationId, at, reseal);
            }
            Reseal.Outcome done = reseal.batch(connection, at.table(), at.after());
            EncryptedColumn.Table[] tables = EncryptedColumn.Table.values();
            EncryptedColumn.Table next = !done.tableDone()
                    ? at.table()
                    : at.table().ordinal() + 1 < tables.length
                            ? tables[at.table().ordinal() + 1]
                            : null;
            rotations.advance(
                    connection,
                    rotationId,
                    new KeyRotations.Progress(
                            at.target(),
                            at.status(),
                            at.startedBy(),
                            at.pass(),
                            next,
                            next == at.table() ? done.next() : Reseal.Cursor.START),
                    done.rowsRead(),
                    done.valuesRewritten(),
                    clock.instant());
            return new Step(
                    rotationId,
                    at.target(),
                    at.startedBy(),
                    at.pass(),
                    at.table().sqlName(),
                    at.after(),
                    done.rowsRead(),
                    done.valuesRewritten(),
                    KeyRotation.Status.RUNNING,
                    null);
        } catch (SQLException e) {
            throw new IllegalStateException("A batch of key rotation " + rotationId + " failed", e);
        }
    }

    /**
     * Gives the next batch of children without a fingerprint theirs under the current key: the backfill at start,
     * for children stored before V90 or written by SQL, read through the fingerprint's index.
     */
    public Reseal.Outcome fingerprints(Reseal.Cursor after) {
        KeyRing ring = PersonalDataKeys.ring();
        try (Connection connection = rotations.open()) {
            return new Reseal(ring, ring.current(), Reseal.Scope.FINGERPRINTS)
                    .batch(connection, EncryptedColumn.Table.CLAIM_CHILD, after);
        } catch (SQLException e) {
            throw new IllegalStateException("A batch of the children's fingerprints failed", e);
        }
    }

    /** Records why a rotation stopped; a new rotation to the same key takes up what is left. */
    public void fail(long rotationId, String failure) {
        try (Connection connection = rotations.open()) {
            rotations.finish(connection, rotationId, KeyRotation.Status.FAILED, failure, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the failure of key rotation " + rotationId, e);
        }
    }

    private Step check(Connection connection, long rotationId, KeyRotations.Progress at, Reseal reseal)
            throws SQLException {
        long left = 0;
        for (EncryptedColumn.Table table : EncryptedColumn.Table.values()) {
            left += reseal.remaining(connection, table);
        }
        KeyRotation.Status status = KeyRotation.Status.RUNNING;
        String failure = null;
        if (left == 0) {
            status = KeyRotation.Status.FINISHED;
        } else if (at.pass() >= PASSES) {
            status = KeyRotation.Status.FAILED;
            failure = left + " values are still not under key " + at.target() + " after " + PASSES + " passes";
        }
        if (status == KeyRotation.Status.RUNNING) {
            rotations.advance(
                    connection,
                    rotationId,
                    new KeyRotations.Progress(
                            at.target(),
                            status,
                            at.startedBy(),
                            at.pass() + 1,
                            EncryptedColumn.Table.values()[0],
                            Reseal.Cursor.START),
                    0,
                    0,
                    clock.instant());
        } else {
            rotations.finish(connection, rotationId, status, failure, clock.instant());
        }
        return new Step(rotationId, at.target(), at.startedBy(), at.pass(), null, null, 0, 0, status, failure);
    }
}
