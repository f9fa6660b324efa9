package un.vra.claims.claim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimScope;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.NotPermittedException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;
import un.vra.claims.shared.StaleVersionException;

/**
 * Registering, reading and acting on claims. The scope of every read comes from the signed-in caller: a focal
 * point reaches only its own State's claims on the Member State route, and any other claim is simply not
 * found. Each action is one transaction: load, check the version the caller saw, let the claim act, store.
 */
@Stateless
public class ClaimService {

    @Inject
    private ClaimRepository claims;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private TimeStandards standards;

    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public ClaimDetails register(NewClaim details) {
        requireKnown(details);
        Caller caller = currentCaller.get();
        Claim claim = new Claim(claims.nextReference(details.receivedOn().getYear()), details,
                recording(caller, null));
        claims.add(claim);
        return ClaimDetails.of(claim, caller, standards, LocalDate.now(clock));
    }

    /** Claims that are probably the one about to be registered, to warn before a second file is opened. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public List<String> probableDuplicates(NewClaim details) {
        return claims.probableDuplicates(details, 10);
    }

    /** A claim's file; reading it is recorded in the access log, since it carries personal data. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public Optional<ClaimDetails> find(String reference) {
        Caller caller = currentCaller.get();
        Optional<Claim> claim = load(reference, caller);
        claim.ifPresent(found -> audit.personalDataRead(caller, reference, caller.isFocalPoint()
                ? "claim file (pseudonyms, alleged father's details)"
                : "claim file (claimant's identity, children's names, alleged father's details)"));
        return claim.map(found -> ClaimDetails.of(found, caller, standards, LocalDate.now(clock)));
    }

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public List<TimelineEntry> timeline(String reference) {
        Caller caller = currentCaller.get();
        Claim claim = load(reference, caller).orElseThrow(() -> notFound(reference));
        audit.personalDataRead(caller, reference, "timeline");
        return claim.events().stream().map(TimelineEntry::of).toList();
    }

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public PageResult<ClaimSummary> list(ClaimFilter filter, PageRequest page, ClaimSort sort) {
        PageResult<Claim> found = claims.list(filter, scope(currentCaller.get()), page, sort);
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(found.total(), found.page(), found.size(),
                found.items().stream().map(claim -> ClaimSummary.of(claim, standards, today)).toList());
    }

    /**
     * Takes one action on a claim, provided nobody changed it since the caller saw {@code expectedVersion}.
     * Concurrent actions are serialised by the claim's version: the loser gets a stale-version refusal and
     * nothing of its action is stored.
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public ClaimDetails act(String reference, long expectedVersion, ClaimCommand command, String onBehalfOf) {
        Caller caller = currentCaller.get();
        Claim claim = load(reference, caller).orElseThrow(() -> notFound(reference));
        if (!ActionPolicy.allows(caller.role(), command.action())) {
            throw new NotPermittedException("a " + caller.role() + " may not " + command.action());
        }
        if (claim.version() != expectedVersion) {
            throw stale(reference, claim.version());
        }
        command.applyTo(claim, recording(caller, onBehalfOf));
        try {
            claims.flush();
        } catch (PersistenceException e) {
            if (lostARace(e)) {
                throw stale(reference, expectedVersion + 1);
            }
            throw e;
        }
        return ClaimDetails.of(claim, caller, standards, LocalDate.now(clock));
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

    private void requireKnown(NewClaim details) {
        if (referenceData.mission(details.mission()).isEmpty()) {
            throw new InvalidInputException("mission", "unknown mission: " + details.mission());
        }
        if (details.memberState() != null && referenceData.memberState(details.memberState()).isEmpty()) {
            throw new InvalidInputException("memberState", "unknown Member State: " + details.memberState());
        }
        if (details.allegedFather() != null && details.allegedFather().nationality() != null
                && referenceData.memberState(details.allegedFather().nationality()).isEmpty()) {
            throw new InvalidInputException("allegedFather.nationality",
                    "unknown Member State: " + details.allegedFather().nationality());
        }
    }

    /**
     * The claim, if the caller may reach it. A focal point asking for a claim that exists outside its scope
     * gets the same "not found" as for a claim that does not exist; the attempt is recorded for auditors.
     */
    private Optional<Claim> load(String reference, Caller caller) {
        if (!ClaimReference.isWellFormed(reference)) {
            return Optional.empty();
        }
        ClaimReference parsed = ClaimReference.parse(reference);
        Optional<Claim> claim = claims.find(parsed, scope(caller));
        if (claim.isEmpty() && caller.isFocalPoint() && claims.find(parsed, ClaimScope.all()).isPresent()) {
            audit.securityEvent(caller.username(), SecurityEvent.Kind.OTHER_STATE_REFUSED, reference);
        }
        return claim;
    }

    private Recording recording(Caller caller, String onBehalfOf) {
        return new Recording(new Actor(caller.username(), caller.role().name(), onBehalfOf), clock);
    }

    private static ClaimScope scope(Caller caller) {
        return caller.restrictedToMemberState().map(ClaimScope::memberState).orElse(ClaimScope.all());
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException("no claim " + reference);
    }

    private static StaleVersionException stale(String reference, long current) {
        return new StaleVersionException("claim " + reference + " was changed by someone else (now at version "
                + current + "): reload it and try again");
    }
}
