package un.vra.claims.withholding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.application.ClaimAccess;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Reimbursements withheld from the States (para 55): VRA officers and administrators record, release and pay them
 * and read the book; the task force reads every State's ledger (sums only); a focal point reads its own State's
 * ledger only, and another State's is not found. Every amount recorded leaves an entry in the audit trail.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class WithholdingService {

    @Inject
    private WithholdingRepository book;

    @Inject
    private ClaimAccess access;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** Withholds an amount from a State, for one of its claims or for the State as a whole. */
    public WithholdingView withhold(NewWithholding entry) {
        Caller caller = currentCaller.get();
        Claim claim = entry.claim() == null || entry.claim().isBlank() ? null : access.get(entry.claim(), caller);
        MemberStateCode state = state(entry.memberState(), claim);
        WithheldReimbursement withheld = new WithheldReimbursement(state, claim, entry, access.recording(caller, null));
        book.add(withheld);
        audit.moneyRecorded(
                caller,
                withheld.claimReference(),
                "withheld " + withheld.currency() + " " + withheld.amount().toPlainString() + " from "
                        + withheld.memberState() + " (#" + withheld.id() + ")");
        return WithholdingView.of(withheld);
    }

    /** Releases part or all of what remains of an amount withheld to its State, or pays it to a claimant. */
    public DisposalView dispose(long withheldId, NewDisposal entry) {
        Caller caller = currentCaller.get();
        WithheldReimbursement withheld =
                book.lock(withheldId).orElseThrow(() -> new NotFoundException("no amount withheld #" + withheldId));
        Claim payee = entry.claim() == null || entry.claim().isBlank() ? null : access.get(entry.claim(), caller);
        WithheldDisposal disposal = withheld.dispose(entry, payee, access.recording(caller, null));
        book.add(disposal);
        audit.moneyRecorded(
                caller,
                disposal.claimReference(),
                disposal.kind() + " " + withheld.currency() + " "
                        + disposal.amount().toPlainString() + " of #" + withheld.id() + " (" + withheld.memberState()
                        + ")");
        return DisposalView.of(disposal, withheld.currency());
    }

    /** The amounts withheld, a State's or a claim's when named, the latest first. */
    public PageResult<WithholdingView> withholdings(String memberState, String claim, PageRequest page) {
        Long claimId = claim == null || claim.isBlank()
                ? null
                : access.get(claim, currentCaller.get()).id();
        String state = memberState == null || memberState.isBlank()
                ? null
                : known(memberState).value();
        return book.withholdings(state, claimId, page).map(WithholdingView::of);
    }

    /** What became of an amount withheld, the latest first. */
    public PageResult<DisposalView> disposals(long withheldId, PageRequest page) {
        WithheldReimbursement withheld =
                book.find(withheldId).orElseThrow(() -> new NotFoundException("no amount withheld #" + withheldId));
        return book.disposals(withheldId, page).map(disposal -> DisposalView.of(disposal, withheld.currency()));
    }

    /**
     * Each State's book per currency, as filtered (one State's when named). A focal point sees its own State's
     * only: asking for another answers "not found", as for another State's claim.
     */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
    public PageResult<LedgerLine> ledger(LedgerFilter filter, PageRequest page) {
        Caller caller = currentCaller.get();
        String asked = filter.memberState() == null || filter.memberState().isBlank()
                ? null
                : filter.memberState().trim();
        if (caller.isFocalPoint()) {
            if (asked != null && !asked.equals(caller.memberState())) {
                throw new NotFoundException("no ledger for " + asked);
            }
            asked = caller.memberState();
        }
        return book.ledger(
                new LedgerFilter(
                        filter.year(),
                        asked == null ? null : known(asked).value(),
                        filter.mission(),
                        filter.currency()),
                page);
    }

    /** The State named, or the claim's when none is; both must agree when both are given. */
    private MemberStateCode state(String memberState, Claim claim) {
        if (memberState == null || memberState.isBlank()) {
            if (claim == null) {
                throw new InvalidInputException("memberState", "memberState is required when no claim is named");
            }
            return claim.memberState()
                    .orElseThrow(() -> new InvalidInputException(
                            "claim", "claim " + claim.reference().value() + " has no responsible Member State"));
        }
        return known(memberState);
    }

    private MemberStateCode known(String memberState) {
        MemberStateCode code = new MemberStateCode(memberState.trim());
        if (referenceData.memberState(code.value()).isEmpty()) {
            throw new InvalidInputException("memberState", "no Member State has the code " + code.value());
        }
        return code;
    }
}
