package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.inbox.InboxItem;
import un.vra.claims.inbox.InboxService;

/**
 * The signed-in reader's inbox (a focal point's in the portal, the VRA's in the back office), paged by the database,
 * with read and unread marks and an unread-only view.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InboxService inbox;

    private boolean unreadOnly;
    private PagedModel<InboxItem> items;
    private Long unread;

    @PostConstruct
    void init() {
        InboxService service = inbox;
        boolean unread = unreadOnly;
        items = PagedModel.of(
                request -> service.items(unread, request),
                item -> item.reference() + "/" + item.kind() + "/" + item.on());
    }

    public void apply() {
        init();
    }

    public void toggle(InboxItem item) {
        inbox.mark(item, !item.read());
        unread = null;
    }

    /** Counted once per view and again after a mark changes, not at every evaluation of the page. */
    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }

    public PagedModel<InboxItem> getItems() {
        return items;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
