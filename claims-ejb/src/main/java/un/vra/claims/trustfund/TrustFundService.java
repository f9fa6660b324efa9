package un.vra.claims.trustfund;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import un.vra.claims.account.Role;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The Trust Fund's interim assistance, totalled: for the VRA and the task force (sums only, no claim, no
 * claimant). Focal points are refused by role: the Trust Fund's assistance is the UN's alone.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
public class TrustFundService {

    @Inject
    private TrustFundRepository repository;

    public PageResult<TrustFundTotal> totals(TrustFundFilter filter, PageRequest page) {
        if (filter.year() != null && (filter.year() < 1990 || filter.year() > 9998)) {
            throw new InvalidInputException("year", "a year between 1990 and 9998");
        }
        return repository.totals(filter, page);
    }

    public List<YearlyPayments> paymentsByYear() {
        return repository.paymentsByYear();
    }
}
