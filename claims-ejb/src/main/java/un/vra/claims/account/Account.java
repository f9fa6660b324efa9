package un.vra.claims.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Someone who signs in. A focal point is bound to exactly one Member State; nobody else is. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "member_state", length = 3)
    private String memberState;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean deputy;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, String memberState, Instant createdAt) {
        if ((role == Role.FOCAL_POINT) != (memberState != null)) {
            throw new IllegalArgumentException("a focal point, and only a focal point, is bound to a Member State");
        }
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.memberState = memberState;
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A focal point designated as a deputy of the State's main focal point. */
    public static Account focalPoint(String username, String passwordHash, String memberState, boolean deputy,
                                     Instant createdAt) {
        Account account = new Account(username, passwordHash, Role.FOCAL_POINT, memberState, createdAt);
        account.deputy = deputy;
        return account;
    }

    /** From now on the account cannot sign in, and its open sessions end at their next request. */
    public void deactivate(Instant at) {
        if (active) {
            active = false;
            deactivatedAt = at;
        }
    }

    public boolean isDeputy() {
        return deputy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String memberState() {
        return memberState;
    }

    public boolean isActive() {
        return active;
    }
}
