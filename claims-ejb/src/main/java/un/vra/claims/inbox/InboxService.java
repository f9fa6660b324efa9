package un.vra.claims.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import un.vra.claims.account.AccountRepository;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The signed-in reader's inbox. A focal point's holds its State's claims' notifications, reminders and majority
 * alerts; the State comes from the caller, never from a parameter, and marking an item of another State's claim
 * finds nothing. The VRA's holds the children's majority alerts of every claim (the reminders it gets are in the
 * outbox). Read marks are per account, so a deputy keeps their own.
 */
@Stateless
@RolesAllowed({Role.FOCAL, Role.OFFICER, Role.ADMIN})
public class InboxService {

    @Inject
    private InboxRepository inbox;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    public PageResult<InboxItem> items(boolean unreadOnly, PageRequest page) {
        Caller caller = currentCaller.get();
        return caller.isFocalPoint()
                ? inbox.page(caller.memberState(), accountId(caller), LocalDate.now(clock), unreadOnly, page)
                : inbox.vraPage(accountId(caller), unreadOnly, page);
    }

    public long unread() {
        Caller caller = currentCaller.get();
        return caller.isFocalPoint()
                ? inbox.count(caller.memberState(), accountId(caller), LocalDate.now(clock), true)
                : inbox.vraCount(accountId(caller), true);
    }

    public void mark(InboxItem item, boolean read) {
        Caller caller = currentCaller.get();
        long claim = (caller.isFocalPoint()
                        ? inbox.claimOfState(item.reference(), caller.memberState())
                        : inbox.claim(item.reference()))
                .orElseThrow(() -> new NotFoundException("no claim " + item.reference()));
        if (read) {
            inbox.markRead(accountId(caller), claim, item.kind(), item.on(), clock.instant());
        } else {
            inbox.markUnread(accountId(caller), claim, item.kind(), item.on());
        }
    }

    private long accountId(Caller caller) {
        return accounts.find(caller.username()).orElseThrow().id();
    }
}
