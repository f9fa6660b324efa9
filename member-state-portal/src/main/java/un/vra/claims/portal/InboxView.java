package un.vra.claims.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.inbox.InboxItem;
import un.vra.claims.inbox.InboxService;
import un.vra.claims.web.ui.PagedModel;

/** The focal point's inbox, paged by the database, with read and unread marks and an unread-only view. */
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
