package un.vra.claims.web.ui;

import java.util.Map;
import java.util.Optional;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.application.ClaimSummary;
import un.vra.claims.metrics.RegisterService;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * A claim table paged and sorted by the database, through the claim service, so a focal point's table holds
 * only its State's claims.
 */
public class ClaimListModel extends PagedModel<ClaimSummary> {

    private static final long serialVersionUID = 1L;

    private final transient RegisterService service;
    private final ClaimFilter filter;
    private final ClaimSort defaultSort;

    /** A table of the claims that pass the filter, in {@code defaultSort} order until a column is sorted. */
    public ClaimListModel(RegisterService service, ClaimFilter filter, ClaimSort defaultSort) {
        this.service = service;
        this.filter = filter;
        this.defaultSort = defaultSort;
    }

    @Override
    protected PageResult<ClaimSummary> page(PageRequest request, Map<String, SortMeta> sortBy) {
        return service.list(filter, request, sort(sortBy).orElse(defaultSort));
    }

    @Override
    public String getRowKey(ClaimSummary claim) {
        return claim.reference();
    }

    public ClaimFilter filter() {
        return filter;
    }

    public ClaimSort defaultSort() {
        return defaultSort;
    }

    /** Table columns by the record component they show, and the sort field of the register for each. */
    private static final Map<String, String> SORT_FIELDS = Map.of(
            "reference",
            "reference",
            "receivedOn",
            "received",
            "updatedAt",
            "updated",
            "majorityApproaching",
            "majority");

    private static Optional<ClaimSort> sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .findFirst()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && SORT_FIELDS.containsKey(meta.getField()))
                .map(meta -> ClaimSort.parse(
                        (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + SORT_FIELDS.get(meta.getField())));
    }
}
