package un.vra.claims.statelaw;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a State's entry as it was saved, by whom and when. Only ever added (the table refuses changes). */
@Entity
@Table(name = "state_law_revision")
public class StateLawRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_state", nullable = false, updatable = false)
    private String memberState;

    @Column(nullable = false, updatable = false)
    private long version;

    @Embedded
    private LawContent content;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StateLawRevision() {}

    StateLawRevision(StateLaw entry) {
        this.memberState = entry.memberState();
        this.version = entry.version();
        this.content = entry.content().copy();
        this.changedBy = entry.changedBy().orElseThrow();
        this.changedAt = entry.changedAt().orElseThrow();
    }

    public String memberState() {
        return memberState;
    }

    public long version() {
        return version;
    }

    public LawContent content() {
        return content;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
