package un.vra.claims.moneyreport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import un.vra.claims.account.Role;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The support part of the task force's money report, for the VRA and the task force (sums only, no claim, no
 * claimant); focal points are refused by role: they read their own State's ledger, never the whole report.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
public class MoneyReportService {

    @Inject
    private SupportReportRepository repository;

    @Inject
    private Clock clock;

    /** Support per State, mission and currency, as it stood on the filter's day, a page at a time. */
    public PageResult<SupportTotal> support(MoneyReportFilter filter, PageRequest page) {
        return repository.totals(filter, asOf(filter), page);
    }

    /** The day the support is figured on: today, or the last day of the year asked for. */
    public LocalDate asOf(MoneyReportFilter filter) {
        return filter.asOf(LocalDate.now(clock));
    }
}
