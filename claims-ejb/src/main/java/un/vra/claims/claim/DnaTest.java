package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.function.Supplier;
import un.vra.claims.shared.InvalidInputException;

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

    protected DnaTest() {}

    DnaTest(String kitId, String laboratory) {
        this.kitId = kitId;
        this.laboratory = laboratory;
    }

    /** Refuses a kit other than this one: every step of the chain of custody names the kit it belongs to. */
    void requireKit(String id) {
        if (kitId == null || !kitId.equals(id)) {
            throw new InvalidInputException(
                    "kitId",
                    "kit " + id + " is not the claim's current DNA kit" + (kitId == null ? "" : " (" + kitId + ")"));
        }
    }

    boolean hasEssentialSamples() {
        return childSeal != null && fatherSeal != null;
    }

    /** A sample is taken for the current kit until the kit reaches the laboratory. */
    EventDetails collect(ClaimCommand.RecordSampleCollection sample, Supplier<RuntimeException> atLaboratory) {
        requireKit(sample.kitId());
        if (labReceivedOn != null) {
            throw atLaboratory.get();
        }
        switch (sample.subject()) {
            case CHILD -> childSeal = sample.sealNumber();
            case MOTHER -> motherSeal = sample.sealNumber();
            case ALLEGED_FATHER -> fatherSeal = sample.sealNumber();
        }
        return EventDetails.of()
                .with("kitId", sample.kitId())
                .with("subject", sample.subject())
                .with("collectedBy", sample.collectedBy())
                .with("place", sample.place())
                .with("identityCheck", sample.identityCheck())
                .with("sealNumber", sample.sealNumber());
    }

    /** A hand-over names a seal of a sample of this kit. */
    EventDetails transfer(ClaimCommand.RecordCustodyTransfer transfer) {
        String seal = transfer.sealNumber();
        if (!seal.equals(childSeal) && !seal.equals(motherSeal) && !seal.equals(fatherSeal)) {
            throw new InvalidInputException("sealNumber", "no sample of the current kit has seal " + seal);
        }
        return EventDetails.of()
                .with("kitId", kitId)
                .with("sealNumber", seal)
                .with("from", transfer.from())
                .with("to", transfer.to());
    }

    /** The laboratory receives the kit once the child's and the alleged father's samples are in it. */
    EventDetails receive(ClaimCommand.RecordLabReceipt receipt, LocalDate on, Supplier<RuntimeException> incomplete) {
        requireKit(receipt.kitId());
        if (!hasEssentialSamples()) {
            throw incomplete.get();
        }
        labReceivedOn = on;
        sealsIntact = receipt.sealsIntact();
        return EventDetails.of()
                .with("kitId", kitId)
                .with("laboratory", receipt.laboratory())
                .with("sealsIntact", sealsIntact);
    }

    boolean readyForResult() {
        return hasEssentialSamples() && labReceivedOn != null && Boolean.TRUE.equals(sealsIntact);
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
