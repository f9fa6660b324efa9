package un.vra.claims.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the total number of rows that match its filter. Where counting every match would cost
 * more than the page, {@code totalCapped} says that {@code total} is a floor ("more than"), not the count; {@code
 * next} is the cursor of the following page for a list read by keyset, null at its end or for other lists.
 */
public record PageResult<T>(long total, int page, int size, List<T> items, boolean totalCapped, String next) {

    /**
     * Beyond this many matches a list does not count on: it says "more than 10,000", since counting a million
     * rows costs seconds and nobody pages through them.
     */
    public static final int COUNT_CAP = 10_000;

    public PageResult {
        items = List.copyOf(items);
    }

    public PageResult(long total, int page, int size, List<T> items) {
        this(total, page, size, items, false, null);
    }

    /** The same page with each row turned into what the caller shows of it. */
    public <R> PageResult<R> map(Function<? super T, ? extends R> row) {
        return new PageResult<>(total, page, size, items.stream().<R>map(row).toList(), totalCapped, next);
    }
}
