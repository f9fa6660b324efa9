package un.vra.claims.claim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import un.vra.claims.account.Caller;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimScope;
import un.vra.claims.claim.Recording;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.NotPermittedException;
import un.vra.claims.shared.StaleVersionException;

/**
 * How every service reaches a claim for the signed-in caller, so that the rules live in one place: only within
 * the caller's scope (a focal point's own State's claims on the Member State route; any other claim is not
 * found, and the attempt is recorded), and, to act on it, only with the role's right to the action and at the
 * version the caller saw, the change written under the claim's optimistic lock.
 */
@ApplicationScoped
public class ClaimAccess {

    @Inject
    private ClaimRepository claims;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * The claim, if the caller may reach it. A focal point asking for a claim that exists outside its scope
     * gets the same "not found" as for a claim that does not exist; the attempt is recorded for auditors.
     */
    public Optional<Claim> find(String reference, Caller caller) {
        if (!ClaimReference.isWellFormed(reference)) {
            return Optional.empty();
        }
        ClaimReference parsed = ClaimReference.parse(reference);
        Optional<Claim> claim = claims.find(parsed, scope(caller));
        if (claim.isEmpty()
                && caller.isFocalPoint()
                && claims.find(parsed, ClaimScope.all()).isPresent()) {
            audit.securityEvent(caller.username(), SecurityEvent.Kind.OTHER_STATE_REFUSED, parsed.value());
        }
        return claim;
    }

    /** The claim, or "not found" when the caller may not reach it. */
    public Claim get(String reference, Caller caller) {
        return find(reference, caller).orElseThrow(() -> new NotFoundException("no claim " + reference));
    }

    /**
     * The claim the caller is about to act on, checked in this order: reachable (404), the role may take the
     * action (403), still at the version the caller saw (412). The claim itself then guards its state.
     */
    public Claim forAction(String reference, Caller caller, ClaimAction action, long expectedVersion) {
        Claim claim = get(reference, caller);
        if (!ActionPolicy.allows(caller.role(), action)) {
            throw new NotPermittedException("a " + caller.role() + " may not " + action);
        }
        return atVersion(claim, reference, expectedVersion);
    }

    /**
     * The claim a VRA officer is about to correct (a child's birth: no step of the lifecycle, so no row says who
     * may take it), checked like an action: reachable (404), a VRA role (403), at the version seen (412).
     */
    public Claim forCorrection(String reference, Caller caller, long expectedVersion) {
        Claim claim = get(reference, caller);
        if (!caller.role().isVra()) {
            throw new NotPermittedException("only the VRA corrects a claim's record");
        }
        return atVersion(claim, reference, expectedVersion);
    }

    private static Claim atVersion(Claim claim, String reference, long expectedVersion) {
        if (claim.version() != expectedVersion) {
            throw stale(reference, claim.version());
        }
        return claim;
    }

    /**
     * Writes the action now. Concurrent actions are serialised by the claim's version: the loser gets a
     * stale-version refusal and nothing of its action is stored.
     */
    public void store(String reference, long expectedVersion) {
        store(reference, expectedVersion, () -> {
            claims.flush();
            return true;
        });
    }

    /**
     * Writes a change the way {@code write} does, which answers false when the claim was no longer at
     * {@code expectedVersion}: that, and a lost race, is a stale-version refusal.
     */
    public void store(String reference, long expectedVersion, BooleanSupplier write) {
        try {
            if (!write.getAsBoolean()) {
                throw stale(reference, expectedVersion + 1);
            }
        } catch (PersistenceException e) {
            if (lostARace(e)) {
                throw stale(reference, expectedVersion + 1);
            }
            throw e;
        }
    }

    /** Who records an action, and when. */
    public Recording recording(Caller caller, String onBehalfOf) {
        return new Recording(new Actor(caller.username(), caller.role().name(), onBehalfOf), clock);
    }

    public static ClaimScope scope(Caller caller) {
        return caller.restrictedToMemberState().map(ClaimScope::memberState).orElse(ClaimScope.all());
    }

    /**
     * Whether a flush failed because another transaction changed the claim first: its version moved on, or
     * it took the timeline position this action wanted.
     */
    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static StaleVersionException stale(String reference, long current) {
        return new StaleVersionException("claim " + reference + " was changed by someone else (now at version "
                + current + "): reload it and try again");
    }
}
