package un.vra.claims.encryption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;

/**
 * The VRA administrator's command over the keys. A rotation re-encrypts every value under a target key, online,
 * in the background: from its start every new value is sealed under the target, and each batch of old ones is
 * re-encrypted in a transaction of its own. A key no value uses any more can then be retired for good.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class EncryptionService {

    private static final Logger LOG = Logger.getLogger(EncryptionService.class.getName());

    @Inject
    private KeyRotations rotations;

    @EJB
    private KeyRotationBatches batches;

    @EJB
    private EncryptionKeys keys;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public EncryptionStatus status() {
        try (Connection connection = rotations.open()) {
            return status(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the state of the encryption keys", e);
        }
    }

    /**
     * Starts re-encrypting every value under the target key, which is current from now on, and answers the
     * rotation as it starts, without counting values: that reads every encrypted column, which {@link #status}
     * is for.
     */
    public KeyRotation rotate(int targetKeyId) {
        KeyRing ring = PersonalDataKeys.ring();
        if (!ring.usable(targetKeyId)) {
            throw new InvalidInputException(
                    "targetKeyId",
                    "key " + targetKeyId + " is "
                            + (ring.retired().contains(targetKeyId) ? "retired" : "not configured") + "; configured: "
                            + ring.configured() + ", retired: " + ring.retired());
        }
        String admin = currentCaller.get().username();
        long rotationId = batches.begin(targetKeyId, admin);
        PersonalDataKeys.rotateTo(targetKeyId);
        recorded(
                admin,
                "key rotation " + rotationId + " to key " + targetKeyId + ": started; new values are sealed"
                        + " under key " + targetKeyId);
        keys.run(rotationId);
        try (Connection connection = rotations.open()) {
            return rotations.latest(connection).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read key rotation " + rotationId, e);
        }
    }

    /** Retires a key for good: refused while it is current, a rotation runs, or any value is still under it. */
    public EncryptionStatus retire(int keyId) {
        try (Connection connection = rotations.open()) {
            EncryptionStatus status = status(connection);
            EncryptionStatus.Key key = status.keys().stream()
                    .filter(candidate -> candidate.keyId() == keyId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("no key " + keyId));
            if (key.retired()) {
                return status;
            }
            if (key.current()) {
                throw new DomainException(
                        ErrorCode.KEY_IN_USE,
                        "key " + keyId + " is the current key: rotate to another key first",
                        keyId);
            }
            if (status.rotation() != null && status.rotation().status() == KeyRotation.Status.RUNNING) {
                throw new DomainException(
                        ErrorCode.ROTATION_RUNNING, "a key rotation is running: retire the key once it has finished");
            }
            if (key.values() > 0) {
                throw new DomainException(
                        ErrorCode.KEY_IN_USE,
                        key.values() + " values are still under key " + keyId + ": rotate to another key first",
                        keyId);
            }
            rotations.retire(connection, keyId, currentCaller.get().username(), clock.instant());
            PersonalDataKeys.retire(keyId);
            recorded(
                    currentCaller.get().username(),
                    "key " + keyId + " retired: no value uses it, and it is never" + " used again");
            return status(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot retire key " + keyId, e);
        }
    }

    private EncryptionStatus status(Connection connection) throws SQLException {
        KeyRing ring = PersonalDataKeys.ring();
        List<EncryptionStatus.ColumnValues> columns = rotations.counts(connection);
        Set<Integer> retired = rotations.retired(connection);
        Set<Integer> ids = new TreeSet<>(ring.configured());
        ids.addAll(retired);
        columns.forEach(column -> column.values().keySet().stream()
                .filter(id -> id.matches("[0-9]+"))
                .forEach(id -> ids.add(Integer.parseInt(id))));
        List<EncryptionStatus.Key> all = new ArrayList<>();
        for (int id : ids) {
            long values = columns.stream()
                    .mapToLong(column -> column.values().getOrDefault(String.valueOf(id), 0L))
                    .sum();
            all.add(new EncryptionStatus.Key(
                    id, ring.configured().contains(id), id == ring.current(), retired.contains(id), values));
        }
        Optional<KeyRotation> latest = rotations.latest(connection);
        return new EncryptionStatus(ring.current(), all, latest.orElse(null), columns);
    }

    private void recorded(String admin, String detail) {
        LOG.info(() -> detail + " (by " + admin + ")");
        audit.securityEvent(admin, SecurityEvent.Kind.ENCRYPTION_KEYS, detail);
    }
}
