package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;
import un.vra.claims.withholding.ClaimWithholdings;
import un.vra.claims.withholding.DisposalKind;
import un.vra.claims.withholding.LedgerFilter;
import un.vra.claims.withholding.LedgerLine;
import un.vra.claims.withholding.NewDisposal;
import un.vra.claims.withholding.NewWithholding;
import un.vra.claims.withholding.WithholdingService;
import un.vra.claims.withholding.WithholdingView;

/**
 * The reimbursements withheld from the States (UN only): the ledger per State and currency and the amounts withheld,
 * both paged by the database and filtered by State, a form to withhold and one to release or pay. What was typed
 * stays on a refusal; a recorded entry empties its form and the tables show it.
 */
@Named
@ViewScoped
public class WithheldReimbursementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WithholdingService withholding;

    @EJB
    private ReferenceData referenceData;

    @Inject
    private FacesContext facesContext;

    private List<String> memberStates;
    private String filterState;
    private PagedModel<LedgerLine> ledger;
    private PagedModel<WithholdingView> withholdings;

    private String memberState;
    private String claim;
    private LocalDate withheldOn = LocalDate.now(ZoneOffset.UTC);
    private BigDecimal amount;
    private String currency;
    private String reason;

    private Long withholdingId;
    private DisposalKind kind;
    private LocalDate disposedOn = LocalDate.now(ZoneOffset.UTC);
    private BigDecimal disposalAmount;
    private String payeeClaim;
    private String disposalReason;

    @PostConstruct
    void init() {
        memberStates = referenceData.memberStateCodes();
        search();
    }

    /** Both tables afresh, for the State chosen (every State when none). */
    public void search() {
        WithholdingService service = withholding;
        String state = filterState == null || filterState.isBlank() ? null : filterState;
        ledger = PagedModel.of(
                request -> service.ledger(LedgerFilter.of(state), request),
                line -> line.memberState() + " " + line.currency());
        withholdings =
                PagedModel.of(request -> service.withholdings(state, null, request), row -> String.valueOf(row.id()));
    }

    public void withhold() {
        if (PageMessages.run(
                facesContext,
                () -> withholding.withhold(
                        new NewWithholding(memberState, claim, withheldOn, amount, currency, reason)),
                "withheld.recorded")) {
            claim = null;
            amount = null;
            reason = null;
            search();
        }
    }

    public void dispose() {
        if (PageMessages.run(
                facesContext,
                () -> withholding.dispose(
                        withholdingId,
                        new NewDisposal(kind, disposedOn, disposalAmount, null, payeeClaim, disposalReason)),
                "withheld.disposed")) {
            withholdingId = null;
            disposalAmount = null;
            payeeClaim = null;
            disposalReason = null;
            search();
        }
    }

    /** Fills the release form with a row's id, so that the officer need not copy it. */
    /**
     * A withholding's reason as the reader reads it: the one written with the claim's action in the page's language,
     * any other as the person who withheld the amount gave it.
     */
    public String reason(WithholdingView row) {
        return ClaimWithholdings.withheldOnTheTimeline(row.reason())
                ? facesContext
                        .getApplication()
                        .getResourceBundle(facesContext, "msg")
                        .getString("withheld.onTheTimeline")
                : row.reason();
    }

    public void choose(WithholdingView row) {
        withholdingId = row.id();
    }

    public List<String> getMemberStates() {
        return memberStates;
    }

    public DisposalKind[] getKinds() {
        return DisposalKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public PagedModel<LedgerLine> getLedger() {
        return ledger;
    }

    public PagedModel<WithholdingView> getWithholdings() {
        return withholdings;
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getClaim() {
        return claim;
    }

    public void setClaim(String claim) {
        this.claim = claim;
    }

    public LocalDate getWithheldOn() {
        return withheldOn;
    }

    public void setWithheldOn(LocalDate withheldOn) {
        this.withheldOn = withheldOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getWithholdingId() {
        return withholdingId;
    }

    public void setWithholdingId(Long withholdingId) {
        this.withholdingId = withholdingId;
    }

    public DisposalKind getKind() {
        return kind;
    }

    public void setKind(DisposalKind kind) {
        this.kind = kind;
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }

    public void setDisposedOn(LocalDate disposedOn) {
        this.disposedOn = disposedOn;
    }

    public BigDecimal getDisposalAmount() {
        return disposalAmount;
    }

    public void setDisposalAmount(BigDecimal disposalAmount) {
        this.disposalAmount = disposalAmount;
    }

    public String getPayeeClaim() {
        return payeeClaim;
    }

    public void setPayeeClaim(String payeeClaim) {
        this.payeeClaim = payeeClaim;
    }

    public String getDisposalReason() {
        return disposalReason;
    }

    public void setDisposalReason(String disposalReason) {
        this.disposalReason = disposalReason;
    }
}
