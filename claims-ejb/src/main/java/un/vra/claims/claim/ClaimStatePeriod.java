package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/**
 * A stretch of days a claim spent with one status and paternity outcome, from {@code validFrom} up to (not
 * including) {@code validTo}. The claim keeps these in step with its timeline so that "how did the register
 * stand on a date" is one indexed query instead of a replay of every timeline.
 */
@Entity
@Table(name = "claim_state_period")
public class ClaimStatePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_state_period_ids")
    @TableGenerator(
            name = "claim_state_period_ids",
            table = IdBlocks.TABLE,
            pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.ALLOCATED,
            pkColumnValue = "claim_state_period",
            allocationSize = IdBlocks.SIZE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "paternity_outcome", nullable = false, updatable = false)
    private PaternityOutcome paternityOutcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Route route;

    @Column(name = "member_state", length = 3, updatable = false)
    private String memberState;

    @Column(nullable = false, updatable = false)
    private String mission;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", nullable = false, updatable = false)
    private PersonnelCategory personnelCategory;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, updatable = false)
    private ClaimType claimType;

    /** The claim's number of children, named at registration and never changed after: the measures count them. */
    @Column(nullable = false, updatable = false)
    private int children;

    /**
     * Whether the claim was notified to its State when the period began: the notification ends the period before
     * it, so a State's own view counts the periods that began once it was notified, each wholly ({@code notified_on}
     * on or before {@code valid_from}).
     */
    @Column(nullable = false, updatable = false)
    private boolean notified;

    protected ClaimStatePeriod() {}

    ClaimStatePeriod(Claim claim, LocalDate validFrom, int children) {
        this.claim = claim;
        this.children = children;
        this.notified = claim.notifiedOn() != null && !claim.notifiedOn().isAfter(validFrom);
        this.validFrom = validFrom;
        this.status = claim.status();
        this.paternityOutcome = claim.paternityOutcome();
        this.route = claim.route();
        this.memberState = claim.memberState().map(MemberStateCode::value).orElse(null);
        this.mission = claim.mission().value();
        this.personnelCategory = claim.personnelCategory();
        this.receivedOn = claim.receivedOn();
        this.claimType = claim.claimType();
    }

    boolean describes(ClaimStatus currentStatus, PaternityOutcome currentOutcome) {
        return status == currentStatus && paternityOutcome == currentOutcome;
    }

    boolean isOpen() {
        return validTo == null;
    }

    void endOn(LocalDate day) {
        validTo = day;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public ClaimStatus status() {
        return status;
    }

    public PaternityOutcome paternityOutcome() {
        return paternityOutcome;
    }

    public Route route() {
        return route;
    }

    /** The responsible State's code; null on the UN's route. */
    public String memberState() {
        return memberState;
    }

    public String mission() {
        return mission;
    }

    public PersonnelCategory personnelCategory() {
        return personnelCategory;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public int children() {
        return children;
    }

    public boolean notified() {
        return notified;
    }
}
