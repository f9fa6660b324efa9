package un.vra.claims.shared;

import java.util.List;

/** One page of a list and the total number of rows that match its filter. */
public record PageResult<T>(long total, int page, int size, List<T> items) {

    public PageResult {
        items = List.copyOf(items);
    }
}
