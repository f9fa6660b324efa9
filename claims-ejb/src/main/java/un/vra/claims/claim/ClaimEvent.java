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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.PersonalDataConverter;

/**
 * One step on a claim's timeline: what happened, on which day, who recorded it and when. Events are only
 * ever added; a correction is a new event.
 */
@Entity
@Table(name = "claim_event")
public class ClaimEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_event_ids")
    @TableGenerator(
            name = "claim_event_ids",
            table = IdBlocks.TABLE,
            pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.ALLOCATED,
            pkColumnValue = "claim_event",
            allocationSize = IdBlocks.SIZE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClaimAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private ClaimStatus statusAfter;

    @Convert(PersonalDataConverter.NAME)
    @Column(updatable = false)
    private String details;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(length = 3, updatable = false)
    private String currency;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "on_behalf_of", updatable = false)
    private String onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_kind", updatable = false)
    private AssistanceKind assistanceKind;

    protected ClaimEvent() {}

    ClaimEvent(
            Claim claim,
            int sequence,
            ClaimAction action,
            LocalDate occurredOn,
            Recording recording,
            ClaimStatus statusAfter,
            String details,
            Money money,
            AssistanceKind assistanceKind,
            Audience audience) {
        this.claim = claim;
        this.sequence = sequence;
        this.action = action;
        this.occurredOn = occurredOn;
        this.recordedAt = recording.now();
        this.actor = recording.actor().username();
        this.actorRole = recording.actor().role();
        this.onBehalfOf = recording.actor().onBehalfOf();
        this.statusAfter = statusAfter;
        this.details = details;
        this.amount = money == null ? null : money.amount();
        this.currency = money == null ? null : money.currency();
        this.assistanceKind = assistanceKind;
        this.audience = audience;
    }

    public Long id() {
        return id;
    }

    /** The event's position on its claim's timeline, from 1. */
    public int sequence() {
        return sequence;
    }

    public ClaimAction action() {
        return action;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public ClaimStatus statusAfter() {
        return statusAfter;
    }

    public String details() {
        return details;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    /** What the Trust Fund's interim assistance paid for; null for every other event and for older assistance. */
    public AssistanceKind assistanceKind() {
        return assistanceKind;
    }

    public Audience audience() {
        return audience;
    }
}
