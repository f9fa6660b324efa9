package un.vra.claims.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import un.vra.claims.statelaw.StateLawService;
import un.vra.claims.statelaw.StateLawView;

/**
 * The focal point's own State's entry in the registry of national law, read only: the service takes the State from
 * the signed-in identity, so no other State's entry can be asked for from this page.
 */
@Named
@ViewScoped
public class OwnNationalLawView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StateLawService registry;

    private StateLawView entry;

    @PostConstruct
    void init() {
        entry = registry.ownEntry();
    }

    public StateLawView getEntry() {
        return entry;
    }
}
