package un.vra.claims.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.web.ui.PagedModel;
import un.vra.claims.withholding.LedgerFilter;
import un.vra.claims.withholding.LedgerLine;
import un.vra.claims.withholding.WithholdingService;

/**
 * The reimbursements withheld from the focal point's own State, per currency: the service takes the State from
 * the signed-in identity, never from the page, so no other State's book can be asked for.
 */
@Named
@ViewScoped
public class StateLedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WithholdingService withholding;

    private PagedModel<LedgerLine> ledger;

    @PostConstruct
    void init() {
        WithholdingService book = withholding;
        ledger = PagedModel.of(request -> book.ledger(LedgerFilter.of(null), request), line -> line.currency());
    }

    public PagedModel<LedgerLine> getLedger() {
        return ledger;
    }
}
