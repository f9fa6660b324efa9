package un.vra.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/**
 * The {@code claim_request_key} table: which claim a caller's registration or action under an Idempotency-Key
 * wrote, and a blind index of the request it came with, so that the same request sent again finds that claim, and
 * another request under the same key is refused.
 */
@ApplicationScoped
public class RequestKeyRepository {

    /** A key already used: the claim it registered and the blind index of its request. */
    public record Used(long claimId, String requestIndex) {}

    @PersistenceContext
    private EntityManager em;

    /** The request the caller made under this key, if any. */
    public Optional<Used> used(String username, String key) {
        List<?> rows = em.createNativeQuery("SELECT claim_id, request_index FROM claim_request_key"
                        + " WHERE username = ?1 AND idempotency_key = ?2")
                .setParameter(1, username)
                .setParameter(2, key)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Used(((Number) row[0]).longValue(), (String) row[1]))
                .findFirst();
    }

    /**
     * Records that the key wrote this claim, in the request's transaction. A concurrent request under the same key
     * waits on the row and then fails on the primary key: one of the two is stored, never both.
     */
    public void record(String username, String key, String requestIndex, long claimId, Instant at) {
        try {
            em.createNativeQuery(
                            "INSERT INTO claim_request_key"
                                    + " (username, idempotency_key, request_index, claim_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, username)
                    .setParameter(2, key)
                    .setParameter(3, requestIndex)
                    .setParameter(4, claimId)
                    .setParameter(5, Timestamp.from(at))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (duplicateKey(e)) {
                throw new DomainException(
                        ErrorCode.CONFLICT,
                        "another request under this Idempotency-Key was stored meanwhile: send the request again"
                                + " to read its claim");
            }
            throw e;
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
