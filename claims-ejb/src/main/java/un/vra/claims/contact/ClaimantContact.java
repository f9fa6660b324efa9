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
 * One contact of the UN with the claimant: the day, the channel, what came of it, a note, and the UN staff member
 * who made it (the account that records it). Never changed or removed; the database refuses it too.
 */
@Entity
@Table(name = "contact_log")
public class ClaimantContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Column(name = "contacted_on", nullable = false, updatable = false)
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactOutcome outcome;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "contact_note", updatable = false)
    private String note;

    @Column(name = "made_by", nullable = false, updatable = false)
    private String madeBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ClaimantContact() {}

    ClaimantContact(Claim claim, NewContact contact, Recording recording) {
        this.claimId = claim.id();
        this.contactedOn = Entries.day("contactedOn", contact.contactedOn(), claim.receivedOn(), recording.today());
        this.channel = Entries.required("channel", contact.channel());
        this.outcome = Entries.required("outcome", contact.outcome());
        this.note = Entries.note(contact.note());
        this.madeBy = recording.actor().username();
        this.recordedAt = recording.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public LocalDate contactedOn() {
        return contactedOn;
    }

    public ContactChannel channel() {
        return channel;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public String madeBy() {
        return madeBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
