package un.vra.claims.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.web.ui.ClaimListModel;

/** The focal point's claims: the service scopes the list to the signed-in focal point's State. */
@Named
@ViewScoped
public class StateClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClaimService claimService;

    private ClaimListModel claims;

    @PostConstruct
    void init() {
        claims = new ClaimListModel(claimService, ClaimFilter.none());
    }

    public ClaimListModel getClaims() {
        return claims;
    }
}
