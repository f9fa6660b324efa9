package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The claim's current DNA test as chain-of-custody evidence: the kit, the seal of each sample collected, and
 * the laboratory's receipt. A result can be recorded only when the child's and the alleged father's samples
 * were collected and the laboratory received the kit with its seals intact. A retest starts a new kit.
 */
@Embeddable
public class DnaTest {

    @Column(name = "dna_kit_id")
    private String kitId;

    @Column(name = "dna_laboratory")
    private String laboratory;

    @Column(name = "dna_child_seal")
    private String childSeal;

    @Column(name = "dna_mother_seal")
    private String motherSeal;

    @Column(name = "dna_father_seal")
    private String fatherSeal;

    @Column(name = "dna_lab_received_on")
    private LocalDate labReceivedOn;

    @Column(name = "dna_seals_intact")
    private Boolean sealsIntact;

    protected DnaTest() {
    }

    DnaTest(String kitId, String laboratory) {
        this.kitId = kitId;
        this.laboratory = laboratory;
    }

    boolean isKit(String id) {
        return kitId != null && kitId.equals(id);
    }

    boolean atLaboratory() {
        return labReceivedOn != null;
    }

    boolean holdsSeal(String seal) {
        return seal != null && (seal.equals(childSeal) || seal.equals(motherSeal) || seal.equals(fatherSeal));
    }

    boolean hasEssentialSamples() {
        return childSeal != null && fatherSeal != null;
    }

    boolean readyForResult() {
        return hasEssentialSamples() && atLaboratory() && Boolean.TRUE.equals(sealsIntact);
    }

    void collected(DnaSubject subject, String seal) {
        switch (subject) {
            case CHILD -> childSeal = seal;
            case MOTHER -> motherSeal = seal;
            case ALLEGED_FATHER -> fatherSeal = seal;
        }
    }

    void receivedByLaboratory(LocalDate on, boolean intact) {
        labReceivedOn = on;
        sealsIntact = intact;
    }

    public String kitId() {
        return kitId;
    }

    public String laboratory() {
        return laboratory;
    }

    public String childSeal() {
        return childSeal;
    }

    public String motherSeal() {
        return motherSeal;
    }

    public String fatherSeal() {
        return fatherSeal;
    }

    public LocalDate labReceivedOn() {
        return labReceivedOn;
    }

    public Boolean sealsIntact() {
        return sealsIntact;
    }
}
