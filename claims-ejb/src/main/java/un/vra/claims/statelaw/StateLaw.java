package un.vra.claims.statelaw;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.Recording;
import un.vra.claims.shared.StaleVersionException;

/**
 * A Member State's entry in the registry of national law. Every State has one from the start, recording nothing
 * (version 0); each change replaces the whole content, against the version its author saw, and leaves a revision
 * with who made it and when.
 */
@Entity
@Table(name = "state_law")
public class StateLaw {

    @Id
    @Column(name = "member_state", length = 3)
    private String memberState;

    @Embedded
    private LawContent content;

    @Column(nullable = false)
    private long version;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected StateLaw() {}

    /** The entry of a State that records nothing yet, as every State's starts. */
    public StateLaw(MemberStateCode memberState) {
        this.memberState = memberState.value();
        this.content = LawContent.nothing();
    }

    /**
     * Replaces what the entry says, if nobody changed it since {@code seenVersion}: the revision returned is the
     * entry as it now stands, to be kept in its history.
     */
    public StateLawRevision revise(LawEntry entry, long seenVersion, Recording recording) {
        if (seenVersion != version) {
            throw new StaleVersionException(
                    "stateLaw",
                    "the entry of " + memberState + " is at version " + version + ", not " + seenVersion
                            + ": read it again and redo the change");
        }
        content = LawContent.of(entry);
        version++;
        changedBy = recording.actor().username();
        changedAt = recording.now().truncatedTo(ChronoUnit.MICROS);
        return new StateLawRevision(this);
    }

    public String memberState() {
        return memberState;
    }

    public LawContent content() {
        return content;
    }

    public long version() {
        return version;
    }

    /** Who changed the entry last; empty while it records nothing. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
