package un.vra.claims.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.Recording;
import un.vra.claims.encryption.PersonalDataConverter;

/**
 * A consent the claimant gave or withdrew on a day, with a note, and who recorded it when. A change of mind is a
 * new record; the latest (by day, then by id) says where the consent stands. The database refuses any change.
 */
@Entity
@Table(name = "claimant_consent")
public class ClaimantConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentDecision decision;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "consent_note", updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ClaimantConsent() {}

    ClaimantConsent(Claim claim, NewConsent consent, Recording recording) {
        this.claimId = claim.id();
        this.kind = Entries.required("kind", consent.kind());
        this.decision = Entries.required("decision", consent.decision());
        this.decidedOn = Entries.day("decidedOn", consent.decidedOn(), claim.receivedOn(), recording.today());
        this.note = Entries.note(consent.note());
        this.recordedBy = recording.actor().username();
        this.recordedAt = recording.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public ConsentKind kind() {
        return kind;
    }

    public ConsentDecision decision() {
        return decision;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
