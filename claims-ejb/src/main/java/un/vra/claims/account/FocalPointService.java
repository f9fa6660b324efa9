package un.vra.claims.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.reference.MissionContact;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.MailAddresses;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The VRA administrator designates each State's focal points and deputies, deactivates them, and hands a State
 * over from one to another. A deactivated focal point loses access at once: the sign-in mechanism checks the
 * account on every request. The State's claims stay with the State, so the new focal point sees its history.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class FocalPointService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<FocalPointView> list(String memberState) {
        return accounts.focalPoints(memberState).stream()
                .map(FocalPointView::of)
                .toList();
    }

    public FocalPointView designate(String username, String memberState, boolean deputy, String initialPassword) {
        if (referenceData.memberState(memberState).isEmpty()) {
            throw new InvalidInputException("memberState", "unknown Member State: " + memberState);
        }
        NewAccountRules.check(accounts, username, initialPassword);
        Account account = Account.focalPoint(
                username, hasher.hash(initialPassword.toCharArray()), memberState, deputy, clock.instant());
        accounts.add(account);
        changed("designated " + username + (deputy ? " as deputy" : "") + " for " + memberState);
        return FocalPointView.of(account);
    }

    /** Where a focal point's reminders go and in which of the six official languages; none without address. */
    public FocalPointView mailTo(String username, String email, String language) {
        Account account = focalPoint(username);
        account.chooseMail(email, language, account.wantsWeeklyDigest());
        changed("mail of " + username + " set");
        return FocalPointView.of(account);
    }

    /**
     * The State's Permanent Mission's contact address, copied on steps 60 days overdue, and the language it is
     * written to in; none removes it.
     */
    public void missionContact(String memberState, String email, String language) {
        if (!referenceData.setMissionContact(
                memberState, MailAddresses.checked("email", email), MailAddresses.language("language", language))) {
            throw new InvalidInputException("memberState", "unknown Member State: " + memberState);
        }
        changed("mission contact of " + memberState + " set");
    }

    /**
     * The States with their Permanent Missions' contacts, by their names in {@code language}, filtered by code or
     * name, paged.
     */
    public PageResult<MissionContact> missionContacts(String filter, String language, PageRequest page) {
        return referenceData.missionContacts(filter, language, page);
    }

    public FocalPointView deactivate(String username) {
        Account account = focalPoint(username);
        account.deactivate(clock.instant());
        changed("deactivated " + username);
        return FocalPointView.of(account);
    }

    /** Moves a State from one focal point to another already designated for it; the first loses access. */
    public List<FocalPointView> handOver(String memberState, String from, String to) {
        Account leaving = focalPoint(from);
        Account arriving = focalPoint(to);
        if (!memberState.equals(leaving.memberState()) || !memberState.equals(arriving.memberState())) {
            throw new InvalidInputException("memberState", "both focal points must be designated for " + memberState);
        }
        if (!arriving.isActive()) {
            throw new InvalidInputException("to", to + " is not active");
        }
        leaving.deactivate(clock.instant());
        changed("handed " + memberState + " over from " + from + " to " + to);
        return List.of(FocalPointView.of(leaving), FocalPointView.of(arriving));
    }

    private Account focalPoint(String username) {
        return accounts.find(username)
                .filter(account -> account.role() == Role.FOCAL_POINT)
                .orElseThrow(() -> new NotFoundException("no focal point " + username));
    }

    private void changed(String what) {
        audit.securityEvent(currentCaller.get().username(), SecurityEvent.Kind.ACCOUNT_CHANGED, what);
    }
}
