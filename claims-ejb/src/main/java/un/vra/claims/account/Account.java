package un.vra.claims.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.PersonalDataConverter;
import un.vra.claims.shared.MailAddresses;

/**
 * Someone who signs in. A focal point is bound to exactly one Member State; nobody else is. A password set by
 * someone else (an administrator, the installation's configuration) must be changed at the first sign-in, and VRA
 * roles and focal points sign in with a second factor; demo accounts, whose password is published, keep the
 * password alone.
 */
@Entity
@Table(name = "account")
@EntityListeners(AccountChanges.class)
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

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "email")
    private String email;

    @Column(name = "language", nullable = false)
    private String language = "en";

    @Column(name = "mail_digest", nullable = false)
    private boolean mailDigest;

    protected Account() {}

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
        this.credentialsChangedAt = createdAt;
        this.passwordChangeRequired = true;
    }

    /** A focal point designated as a deputy of the State's main focal point. */
    public static Account focalPoint(
            String username, String passwordHash, String memberState, boolean deputy, Instant createdAt) {
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

    /** A demo account of the README: its published password is enough, and nobody is asked to change it. */
    public void markDemo() {
        demo = true;
        passwordChangeRequired = false;
    }

    /** The holder's own new password: the issued one is gone, and sessions signed in before now end. */
    public void changePassword(String newHash, Instant at) {
        passwordHash = Objects.requireNonNull(newHash);
        passwordChangeRequired = false;
        credentialsChangedAt = at;
    }

    /** A password issued by an administrator: it must be changed at the next sign-in; open sessions end. */
    public void issuePassword(String newHash, Instant at) {
        passwordHash = Objects.requireNonNull(newHash);
        passwordChangeRequired = true;
        credentialsChangedAt = at;
    }

    /** VRA roles and focal points see claimants' or their State's files: the password alone is not enough. */
    public boolean needsSecondFactor() {
        return !demo && (role.isVra() || role == Role.FOCAL_POINT);
    }

    void enrolSecondFactor(String secret, long acceptedStep, Instant at) {
        totpSecret = Objects.requireNonNull(secret);
        totpLastStep = acceptedStep;
        totpEnrolledAt = at;
    }

    /** The authenticator is forgotten: the next sign-in enrols a new one; open sessions end. */
    void resetSecondFactor(Instant at) {
        totpSecret = null;
        totpLastStep = null;
        totpEnrolledAt = null;
        credentialsChangedAt = at;
    }

    public boolean hasSecondFactor() {
        return totpEnrolledAt != null;
    }

    String totpSecret() {
        return totpSecret;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant credentialsChangedAt() {
        return credentialsChangedAt == null ? createdAt : credentialsChangedAt;
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

    /**
     * Where the holder is told of steps falling due, in which language ({@code en} or {@code fr}), and whether as
     * each falls due or in a weekly digest; no address, no mail.
     */
    public void chooseMail(String address, String mailLanguage, boolean weeklyDigest) {
        this.email = MailAddresses.checked("email", address);
        this.language = MailAddresses.language("language", mailLanguage);
        this.mailDigest = weeklyDigest;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public boolean wantsWeeklyDigest() {
        return mailDigest;
    }
}
