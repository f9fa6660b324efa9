package un.vra.claims.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.metrics.RegisterService;
import un.vra.claims.web.ui.ClaimListModel;

/** The landing page's list: the State's claims waiting for the State, newest notifications first. */
@Named
@ViewScoped
public class PendingClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ClaimFilter WAITING_FOR_THE_STATE =
            new ClaimFilter(null, null, null, null, null, null, null, null, WhoseTurn.MEMBER_STATE, false, false);

    @EJB
    private RegisterService register;

    private ClaimListModel claims;

    @PostConstruct
    void init() {
        claims = new ClaimListModel(register, WAITING_FOR_THE_STATE, ClaimSort.parse("-notified"));
    }

    public ClaimListModel getClaims() {
        return claims;
    }
}
