package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.application.ClaimService;

/**
 * The claims the signed-in person may see, most recently updated first: every claim for an officer in the back
 * office, the State's own claims for a focal point in the portal. The service decides the scope.
 */
@Named
@ViewScoped
public class ClaimListView implements Serializable {

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
