package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.web.ui.ClaimListModel;

/** The claim register, the officers' landing page: every claim, most recently updated first. */
@Named
@ViewScoped
public class ClaimRegisterView implements Serializable {

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
