package un.vra.claims.export;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows made one at a time as they are asked for, like a database read page by page, and readable only once:
 * an exporter that collected the rows first or went through them twice fails against it.
 */
final class LazyRows implements Iterable<List<?>> {

    static final List<String> HEADERS = List.of("Reference", "Received", "Days pending", "Mission");

    private final int count;
    private boolean iterated;

    LazyRows(int count) {
        this.count = count;
    }

    @Override
    public Iterator<List<?>> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows can be read only once");
        }
        iterated = true;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public List<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                next++;
                return List.of(
                        String.format("PC-2024-%05d", next),
                        LocalDate.of(2024, 1, 1).plusDays(next % 365),
                        next % 1000,
                        "MONUSCO");
            }
        };
    }
}
