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

    /** One page of the rows, in the order the table asks for where the service supports it. */
    protected abstract PageResult<T> page(PageRequest request, Map<String, SortMeta> sortBy);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return counted(uncapped(page(new PageRequest(0, 1), Map.of())));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        PageResult<T> page = page(new PageRequest(first / size, size), sortBy);
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
