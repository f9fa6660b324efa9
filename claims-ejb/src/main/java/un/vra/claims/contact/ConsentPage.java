package un.vra.claims.contact;

import java.util.List;
import un.vra.claims.shared.PageResult;

/** Where each kind of consent stands now, and one page of the records that led there, newest first. */
public record ConsentPage(List<CurrentConsent> current, long total, int page, int size, List<ConsentView> items) {

    public ConsentPage {
        current = List.copyOf(current);
        items = List.copyOf(items);
    }

    static ConsentPage of(CurrentConsents current, PageResult<ConsentView> history) {
        return new ConsentPage(current.kinds(), history.total(), history.page(), history.size(), history.items());
    }

    /** The page of records alone, for a table paged by the database. */
    public PageResult<ConsentView> history() {
        return new PageResult<>(total, page, size, items);
    }
}
