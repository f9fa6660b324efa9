package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/**
 * An outcome a Member State reported, while it waits for the VRA: what it says, how the State reported it (a DNA
 * result or an admission), and where the claim stood before, to go back to if the VRA rejects it.
 */
@Embeddable
public class OutcomeReport {

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_outcome")
    private PaternityOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_action")
    private ClaimAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_report")
    private ClaimStatus statusBefore;

    void report(ClaimAction by, PaternityOutcome reported, ClaimStatus before) {
        action = by;
        outcome = reported;
        statusBefore = before;
    }

    void clear() {
        report(null, null, null);
    }

    Optional<PaternityOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    boolean fromDnaResult() {
        return action == ClaimAction.RECORD_DNA_RESULT;
    }

    ClaimStatus statusBefore() {
        return statusBefore;
    }
}
