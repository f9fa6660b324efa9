package un.vra.claims.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** Accounts by user name. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> find(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Records that a second-factor code of this time step was accepted, unless one of this step or a later one
     * already was: of two requests with the same code, exactly one gets true, whatever their timing.
     */
    boolean acceptTotpStep(long accountId, long step) {
        return em.createQuery("update Account a set a.totpLastStep = :step where a.id = :id"
                                + " and (a.totpLastStep is null or a.totpLastStep < :step)")
                        .setParameter("step", step)
                        .setParameter("id", accountId)
                        .executeUpdate()
                == 1;
    }

    public boolean existsWithRole(Role role) {
        return !em.createQuery("select a.id from Account a where a.role = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The focal points of one State, or of all States, active ones first; a short list per State. */
    public List<Account> focalPoints(String memberState) {
        TypedQuery<Account> query = em.createQuery(
                "select a from Account a where a.role = :role"
                        + (memberState == null ? "" : " and a.memberState = :state")
                        + " order by a.memberState, a.active desc, a.deputy, a.username",
                Account.class);
        query.setParameter("role", Role.FOCAL_POINT);
        if (memberState != null) {
            query.setParameter("state", memberState);
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** Accounts of one role, or of all roles, by name. */
    public PageResult<Account> page(Role role, PageRequest page) {
        TypedQuery<Long> count = em.createQuery(
                        "select count(a) from Account a where :role is null or a.role = :role", Long.class)
                .setParameter("role", role);
        TypedQuery<Account> select = em.createQuery(
                        "select a from Account a where :role is null or a.role = :role order by a.username",
                        Account.class)
                .setParameter("role", role);
        return page.read(count, select, Account.class);
    }

    public void add(Account account) {
        em.persist(account);
    }

    /**
     * Removes an account with what only it owns (which notifications it has read, its recovery codes and API
     * tokens); the audit trail keeps its name.
     */
    public void remove(Account account) {
        for (String deletion : List.of(
                "DELETE FROM inbox_read WHERE account_id = ?1",
                "DELETE FROM account_recovery_code WHERE account_id = ?1",
                "DELETE FROM api_token WHERE account_id = ?1")) {
            em.createNativeQuery(deletion).setParameter(1, account.id()).executeUpdate();
        }
        em.remove(account);
    }
}
