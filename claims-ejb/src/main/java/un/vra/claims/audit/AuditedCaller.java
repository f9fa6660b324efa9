package un.vra.claims.audit;

/**
 * Whom an entry of the trail names: a signed-in caller as the accounts know it. The trail asks only for this, and
 * the accounts provide it, so that the accounts record their events here without the trail depending on them.
 */
public interface AuditedCaller {

    /** The role, and group, whose members may search the trail. */
    String AUDITOR_ROLE = "AUDITOR";

    String username();

    /** The caller's role, by the name the entries keep. */
    String roleName();

    /** The caller of the current request, as the accounts resolve it from the security context. */
    interface OfTheRequest {

        AuditedCaller get();
    }
}
