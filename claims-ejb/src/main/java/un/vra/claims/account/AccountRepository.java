package un.vra.claims.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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

    public boolean existsWithRole(Role role) {
        return !em.createQuery("select a.id from Account a where a.role = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
