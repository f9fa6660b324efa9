package un.vra.claims.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import un.vra.claims.inbox.InboxItem;
import un.vra.claims.inbox.InboxService;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** The focal point's inbox, paged by the database, with read and unread marks and an unread-only view. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InboxService inbox;

    private boolean unreadOnly;
    private Items items;

    @PostConstruct
    void init() {
        items = new Items(inbox, unreadOnly);
    }

    public void apply() {
        init();
    }

    public void toggle(InboxItem item) {
        inbox.mark(item, !item.read());
    }

    public long getUnread() {
        return inbox.unread();
    }

    public Items getItems() {
        return items;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    /** One page of the inbox per load; the total comes with it. */
    public static class Items extends LazyDataModel<InboxItem> {

        private static final long serialVersionUID = 1L;

        private final transient InboxService inbox;
        private final boolean unreadOnly;

        Items(InboxService inbox, boolean unreadOnly) {
            this.inbox = inbox;
            this.unreadOnly = unreadOnly;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.items(unreadOnly, new PageRequest(0, 1)).total();
        }

        @Override
        public List<InboxItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            PageResult<InboxItem> page = inbox.items(unreadOnly, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(InboxItem item) {
            return item.reference() + "/" + item.kind() + "/" + item.on();
        }
    }
}
