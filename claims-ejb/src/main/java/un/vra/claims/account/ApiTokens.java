package un.vra.claims.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Personal API tokens: {@code vra_} and 256 random bits in base64url, found again by their SHA-256 digest. The
 * prefix lets secret scanners recognise a leaked token.
 */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "vra_";
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

    @PersistenceContext
    private EntityManager em;

    static String newToken() {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.randomBytes(32));
    }

    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The token's row, if it was issued and is not revoked. */
    Optional<ApiToken> findActive(String token) {
        return em.createQuery(
                        "select t from ApiToken t join fetch t.account where t.tokenHash = :hash"
                                + " and t.revokedAt is null",
                        ApiToken.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .findFirst();
    }

    Optional<ApiToken> find(Account owner, Long id) {
        return em.createQuery("select t from ApiToken t where t.id = :id and t.account = :owner", ApiToken.class)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .getResultStream()
                .findFirst();
    }

    long countActive(Account owner) {
        return em.createQuery(
                        "select count(t) from ApiToken t where t.account = :owner and t.revokedAt is null", Long.class)
                .setParameter("owner", owner)
                .getSingleResult();
    }

    /** The owner's tokens, active ones first, newest first. */
    PageResult<ApiTokenView> page(Account owner, PageRequest page) {
        return page.read(
                em.createQuery("select count(t) from ApiToken t where t.account = :owner", Long.class)
                        .setParameter("owner", owner),
                em.createQuery(
                                "select t from ApiToken t"
                                        + " where t.account = :owner order by t.revokedAt, t.createdAt desc, t.id desc",
                                ApiToken.class)
                        .setParameter("owner", owner),
                row -> ((ApiToken) row).toView());
    }

    /** Stored at once, so that the new row's id can be shown. */
    void add(ApiToken token) {
        em.persist(token);
        em.flush();
    }

    void revokeAll(Account owner, Instant at) {
        em.createQuery("update ApiToken t set t.revokedAt = :at where t.account = :owner and t.revokedAt is null")
                .setParameter("at", at)
                .setParameter("owner", owner)
                .executeUpdate();
    }
}
