package un.vra.claims.web.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * A table paged (and sorted, where it can be) by the database through a service, so it holds one page only and
 * the service's scope applies to it. Each load asks for one page and its total.
 *
 * <p>The table asks for the total ({@link #count}) and then for a page ({@link #load}) on every render. The count
 * reads the page the table showed last (the first, at the page size, unsorted, when it showed none), and keeps it
 * for the load that follows when that load asks for the same page in the same order: one read of the page and its
 * total where there were two (an inbox of 100,000 items read its page and counted its items twice per render).
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How an unsorted table gets one page of its rows. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        PageResult<T> page(PageRequest request);
    }

    /** How a row is told from the others across pages. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    /** A table in the service's own order: one page per load, each row known by its key. */
    public static <T> PagedModel<T> of(Pages<T> pages, RowKey<T> rowKey) {
        return new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected PageResult<T> page(PageRequest request, Map<String, SortMeta> sortBy) {
                return pages.page(request);
            }

            @Override
            public String getRowKey(T row) {
                return rowKey.of(row);
            }
        };
    }

    private long total;

    /** The page {@link #load} read last (number and size), and its order: the next render most likely shows it. */
    private int shownPage;

    private int shownSize = PageRequest.DEFAULT_SIZE;

    private Map<String, SortMeta> shownOrder = Map.of();

    /** The page {@link #count} read (the one shown last, in its order) for the load that follows it; then dropped. */
    private transient PageResult<T> counted;

    /** One page of the rows, in the order the table asks for where the service supports it. */
    protected abstract PageResult<T> page(PageRequest request, Map<String, SortMeta> sortBy);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = page(new PageRequest(shownPage, shownSize), shownOrder);
        return counted(uncapped(counted));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        PageRequest request = new PageRequest(first / size, size);
        Map<String, SortMeta> order = sortBy == null ? Map.of() : Map.copyOf(sortBy);
        boolean shownAgain =
                counted != null && request.page() == shownPage && size == shownSize && order.equals(shownOrder);
        PageResult<T> page = shownAgain ? counted : page(request, order);
        counted = null;
        shownPage = request.page();
        shownSize = size;
        shownOrder = order;
        setRowCount(counted(uncapped(page)));
        return page.items();
    }

    /**
     * How many rows the table holds as last counted, one more than {@link PageResult#COUNT_CAP} where the count
     * stopped there: what the page shows as "more than 10,000" ({@link Counts}), where the row count, which the
     * paginator pages through, stops at the cap.
     */
    public long getTotal() {
        return total;
    }

    /** Keeps a count (one more than the cap where it was capped) and answers the row count to page through. */
    protected int counted(long count) {
        total = count;
        return (int) Math.min(count, PageResult.COUNT_CAP);
    }

    private static long uncapped(PageResult<?> page) {
        return page.totalCapped() ? PageResult.COUNT_CAP + 1L : page.total();
    }
}
