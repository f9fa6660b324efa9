package un.vra.claims.withholding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import un.vra.claims.claim.Recording;

/**
 * Part or all of an amount withheld, released to the State or paid to a claimant, on its day, with its reason;
 * made only by {@link WithheldReimbursement#dispose}. Never changed or removed; the database refuses it too.
 */
@Entity
@Table(name = "withheld_disposal")
public class WithheldDisposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "withheld_id", nullable = false, updatable = false)
    private Long withheldId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DisposalKind kind;

    @Column(name = "disposed_on", nullable = false, updatable = false)
    private LocalDate disposedOn;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    @Column(name = "claim_reference", updatable = false)
    private String claimReference;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected WithheldDisposal() {}

    WithheldDisposal(
            WithheldReimbursement from,
            DisposalKind kind,
            LocalDate disposedOn,
            BigDecimal amount,
            Long claimId,
            String claimReference,
            String reason,
            Recording recording) {
        this.withheldId = from.id();
        this.kind = kind;
        this.disposedOn = disposedOn;
        this.amount = amount;
        this.claimId = claimId;
        this.claimReference = claimReference;
        this.reason = reason;
        this.recordedBy = recording.actor().username();
        this.recordedAt = recording.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public Long withheldId() {
        return withheldId;
    }

    public DisposalKind kind() {
        return kind;
    }

    public LocalDate disposedOn() {
        return disposedOn;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String claimReference() {
        return claimReference;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
