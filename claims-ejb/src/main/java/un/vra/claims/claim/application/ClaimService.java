package un.vra.claims.claim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimScope;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.Recording;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Registering and reading claims. The scope of every read comes from the signed-in caller: a focal point
 * reaches only its own State's claims, and any other claim is simply not found.
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
    private Clock clock;

    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public ClaimDetails register(NewClaim details) {
        if (referenceData.mission(details.mission()).isEmpty()) {
            throw new InvalidInputException("mission", "unknown mission: " + details.mission());
        }
        if (details.memberState() != null && referenceData.memberState(details.memberState()).isEmpty()) {
            throw new InvalidInputException("memberState", "unknown Member State: " + details.memberState());
        }
        Caller caller = currentCaller.get();
        Recording recording = new Recording(Actor.of(caller.username(), caller.role().name()), clock);
        Claim claim = new Claim(claims.nextReference(details.receivedOn().getYear()), details, recording);
        claims.add(claim);
        return ClaimDetails.of(claim);
    }

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public Optional<ClaimDetails> find(String reference) {
        if (!ClaimReference.isWellFormed(reference)) {
            return Optional.empty();
        }
        return claims.find(ClaimReference.parse(reference), scope()).map(ClaimDetails::of);
    }

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public PageResult<ClaimSummary> list(ClaimFilter filter, PageRequest page, ClaimSort sort) {
        PageResult<Claim> found = claims.list(filter, scope(), page, sort);
        return new PageResult<>(found.total(), found.page(), found.size(),
                found.items().stream().map(ClaimSummary::of).toList());
    }

    private ClaimScope scope() {
        return currentCaller.get().restrictedToMemberState().map(ClaimScope::memberState).orElse(ClaimScope.all());
    }
}
