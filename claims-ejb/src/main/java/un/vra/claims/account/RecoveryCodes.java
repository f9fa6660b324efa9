package un.vra.claims.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ten one-time recovery codes of an account's second factor, for the day its phone is lost: shown once when
 * issued, stored only as digests, each accepted once. Issuing new codes discards the old ones. A code is 24
 * characters (120 bits) of an alphabet without look-alikes, written in groups of four.
 */
@ApplicationScoped
public class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 24;

    @PersistenceContext
    private EntityManager em;

    /** New codes for the account, replacing any it had; the only time they exist in clear. */
    List<String> issue(Account account, Instant now) {
        discardAll(account.id(), now);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            em.persist(new RecoveryCode(account.id(), Secrets.sha256(normalized(code)), now));
            codes.add(code);
        }
        return codes;
    }

    /** Whether the code was one of the account's unused codes; it is used up at once, even by two requests. */
    boolean use(Account account, String typed, Instant now) {
        return em.createQuery("update RecoveryCode c set c.usedAt = :now where c.accountId = :account"
                                + " and c.codeHash = :hash and c.usedAt is null and c.discardedAt is null")
                        .setParameter("now", now)
                        .setParameter("account", account.id())
                        .setParameter("hash", Secrets.sha256(normalized(typed)))
                        .executeUpdate()
                == 1;
    }

    long remaining(Account account) {
        return em.createQuery(
                        "select count(c) from RecoveryCode c where c.accountId = :account"
                                + " and c.usedAt is null and c.discardedAt is null",
                        Long.class)
                .setParameter("account", account.id())
                .getSingleResult();
    }

    void discardAll(Long accountId, Instant now) {
        em.createQuery("update RecoveryCode c set c.discardedAt = :now where c.accountId = :account"
                        + " and c.usedAt is null and c.discardedAt is null")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(Secrets.RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed, in any case, with or without dashes and spaces, with O for 0 and I or L for 1. */
    static String normalized(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.length() > 64) {
            return "";
        }
        return text.replaceAll("[\\s-]", "").replace('o', '0').replace('i', '1').replace('l', '1');
    }
}
