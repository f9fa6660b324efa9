package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The days a claim passed its milestones, kept for the measures (responsiveness, resolution, support due). The
 * notification day is the claim's own attribute, since every focal point's query filters on it.
 */
@Embeddable
public class Milestones {

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "dna_result_on")
    private LocalDate dnaResultOn;

    @Column(name = "paternity_determined_on")
    private LocalDate paternityDeterminedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    void acknowledged(LocalDate on) {
        acknowledgedOn = on;
    }

    /** An outcome took effect: the first DNA result is dated, and paternity is determined unless inconclusive. */
    void determined(PaternityOutcome outcome, LocalDate on, boolean fromDnaResult) {
        if (fromDnaResult && dnaResultOn == null) {
            dnaResultOn = on;
        }
        if (outcome == PaternityOutcome.ESTABLISHED || outcome == PaternityOutcome.EXCLUDED) {
            paternityDeterminedOn = on;
        }
    }

    void closed(LocalDate on) {
        closedOn = on;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate dnaResultOn() {
        return dnaResultOn;
    }

    public LocalDate paternityDeterminedOn() {
        return paternityDeterminedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
