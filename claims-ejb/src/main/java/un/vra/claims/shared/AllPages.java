package un.vra.claims.shared;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Every row of a paged list, read from the database a page of {@link PageRequest#MAX_SIZE} at a time as it is
 * iterated, so that an export of the whole list never holds more than one page.
 */
public final class AllPages {

    private AllPages() {}

    public static <T> Iterable<T> of(Function<PageRequest, PageResult<T>> pages) {
        return () -> new Iterator<>() {
            private int page;
            private List<T> rows = List.of();
            private int next;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (next < rows.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                rows = pages.apply(new PageRequest(page++, PageRequest.MAX_SIZE))
                        .items();
                next = 0;
                last = rows.size() < PageRequest.MAX_SIZE;
                return !rows.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.get(next++);
            }
        };
    }
}
