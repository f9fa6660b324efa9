package un.vra.claims.shared;

import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A page of a list, numbered from zero; the size is bounded so no caller can ask for a whole table. A list read
 * by keyset also takes {@code after}, the cursor its previous page gave ({@link PageResult#next()}): the page is
 * then the rows after it, however deep, and {@code page} is only echoed.
 */
public record PageRequest(int page, int size, String after) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 25;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (page > Integer.MAX_VALUE / size) {
            throw new InvalidInputException(
                    "page", "page must be at most " + Integer.MAX_VALUE / size + " for pages of " + size);
        }
        after = after == null || after.isBlank() ? null : after.trim();
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    public int offset() {
        return page * size;
    }

    /**
     * The one way a list is paged: {@code count} answers how many rows match, then {@code select} (ordered) is read
     * for this page only, and not at all when the page lies past the end. A count past
     * {@link PageResult#COUNT_CAP} (which a capped count query answers with one more) is given as capped.
     */
    public <T> PageResult<T> read(Query count, Query select, Function<Object, ? extends T> row) {
        return read(() -> ((Number) count.getSingleResult()).longValue(), select, row);
    }

    /** {@link #read(Query, Query, Function)} with a count that is not one query. */
    public <T> PageResult<T> read(LongSupplier count, Query select, Function<Object, ? extends T> row) {
        long total = count.getAsLong();
        List<T> items = total <= offset()
                ? List.of()
                : ((List<?>) select.setFirstResult(offset()).setMaxResults(size).getResultList())
                        .stream().<T>map(row).toList();
        return new PageResult<>(
                Math.min(total, PageResult.COUNT_CAP), page, size, items, total > PageResult.COUNT_CAP, null);
    }

    /** {@link #read(Query, Query, Function)} of a query whose rows are the page's items. */
    public <T> PageResult<T> read(Query count, Query select, Class<T> type) {
        return read(count, select, type::cast);
    }
}
