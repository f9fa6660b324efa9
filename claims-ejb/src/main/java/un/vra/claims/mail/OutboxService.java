package un.vra.claims.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import un.vra.claims.account.Role;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** The outbox as the VRA administrators read it, newest first. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class OutboxService {

    @Inject
    private OutboxRepository outbox;

    public PageResult<OutboxView> page(OutboxFilter filter, PageRequest page) {
        return outbox.page(filter, page).map(OutboxView::of);
    }
}
