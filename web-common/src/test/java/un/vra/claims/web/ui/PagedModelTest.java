package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import un.vra.claims.shared.PageResult;

class PagedModelTest {

    /** The pages the service was asked for, in order, as "page/size". */
    private final List<String> asked = new ArrayList<>();

    private final PagedModel<String> table = PagedModel.of(
            request -> {
                asked.add(request.page() + "/" + request.size());
                return new PageResult<>(
                        60, request.page(), request.size(), List.of("row " + request.offset()), false, null);
            },
            row -> row);

    /** One render: the table asks for the total, then for the page from {@code first}. */
    private List<String> render(int first, Map<String, SortMeta> order) {
        table.setRowCount(table.count(Map.of()));
        return table.load(first, 25, order, Map.of());
    }

    @Test
    void aRenderOfTheFirstPageReadsItOnceWithItsTotal() {
        assertEquals(List.of("row 0"), render(0, Map.of()));
        assertEquals(List.of("0/25"), asked);
        assertEquals(60, table.getRowCount());
    }

    @Test
    void theCountReadsThePageShownLastSoThatARenderOfItAgainReadsItOnce() {
        render(0, Map.of());
        asked.clear();
        assertEquals(List.of("row 25"), render(25, Map.of()));
        assertEquals(List.of("0/25", "1/25"), asked, "a new page: the one counted is not the one loaded");
        asked.clear();
        assertEquals(List.of("row 25"), render(25, Map.of()));
        assertEquals(List.of("1/25"), asked);
    }

    @Test
    void aPageInAnotherOrderIsReadAgain() {
        render(0, Map.of());
        asked.clear();
        Map<String, SortMeta> byReference = Map.of(
                "reference",
                SortMeta.builder()
                        .field("reference")
                        .order(SortOrder.DESCENDING)
                        .build());
        render(0, byReference);
        assertEquals(List.of("0/25", "0/25"), asked);
        asked.clear();
        render(0, byReference);
        assertEquals(List.of("0/25"), asked);
    }

    @Test
    void aPageTheCountReadIsKeptForOneLoadOnly() {
        render(0, Map.of());
        table.count(Map.of());
        asked.clear();
        table.load(0, 25, Map.of(), Map.of());
        assertEquals(List.of(), asked, "the count's page is the one asked for next");
        table.load(0, 25, Map.of(), Map.of());
        assertEquals(List.of("0/25"), asked, "a page is kept for one load only");
    }

    @Test
    void theLastPageShownIsReadAtItsOwnSize() {
        table.load(0, 10, Map.of(), Map.of());
        asked.clear();
        table.count(Map.of());
        assertEquals(List.of("0/10"), asked);
    }
}
