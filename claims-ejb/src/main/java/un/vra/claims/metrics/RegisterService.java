package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.application.ClaimAccess;
import un.vra.claims.claim.application.ClaimSummary;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The register as a list: the claims the signed-in caller may see that pass a filter, a page at a time. It sits
 * with the query layer that reads it, so that the claim's own services never depend on the measures.
 */
@Stateless
public class RegisterService {

    @Inject
    private ClaimQueries register;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    @Inject
    private TimeStandards standards;

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
    public PageResult<ClaimSummary> list(ClaimFilter filter, PageRequest page, ClaimSort sort) {
        PageResult<Claim> found = register.list(filter, ClaimAccess.scope(currentCaller.get()), page, sort);
        LocalDate today = LocalDate.now(clock);
        return found.map(claim -> ClaimSummary.of(claim, standards, today));
    }
}
