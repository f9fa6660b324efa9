package un.vra.claims.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of rows that match its filter. */
public record PageResult<T>(long total, int page, int size, List<T> items) {

    public PageResult {
        items = List.copyOf(items);
    }

    /** The same page with each row turned into what the caller shows of it. */
    public <R> PageResult<R> map(Function<? super T, ? extends R> row) {
        return new PageResult<>(total, page, size, items.stream().<R>map(row).toList());
    }
}
