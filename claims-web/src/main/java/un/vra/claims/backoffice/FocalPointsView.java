package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import un.vra.claims.account.FocalPointService;
import un.vra.claims.account.FocalPointView;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.web.ui.PageMessages;

/** The administrator's page of focal points: designate one for a State, deactivate one, hand a State over. */
@Named
@ViewScoped
public class FocalPointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FocalPointService focalPoints;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private FacesContext facesContext;

    private List<FocalPointView> list;
    private List<String> memberStates;
    private String username;
    private String memberState;
    private boolean deputy;
    private String initialPassword;
    private String handOverFrom;
    private String handOverTo;

    @PostConstruct
    void init() {
        memberStates = referenceData.memberStateCodes();
        reload();
    }

    public void designate() {
        if (run(
                () -> focalPoints.designate(username, memberState, deputy, initialPassword),
                "focalPoints.designated")) {
            username = null;
            deputy = false;
        }
        initialPassword = null;
    }

    public void deactivate(String who) {
        run(() -> focalPoints.deactivate(who), "focalPoints.deactivated");
    }

    public void handOver() {
        run(() -> focalPoints.handOver(memberState, handOverFrom, handOverTo), "focalPoints.handedOver");
    }

    private boolean run(Runnable change, String doneKey) {
        boolean done = PageMessages.run(facesContext, change, doneKey);
        reload();
        return done;
    }

    private void reload() {
        list = focalPoints.list(null);
    }

    public List<FocalPointView> getList() {
        return list;
    }

    public List<String> getMemberStates() {
        return memberStates;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public boolean isDeputy() {
        return deputy;
    }

    public void setDeputy(boolean deputy) {
        this.deputy = deputy;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getHandOverFrom() {
        return handOverFrom;
    }

    public void setHandOverFrom(String handOverFrom) {
        this.handOverFrom = handOverFrom;
    }

    public String getHandOverTo() {
        return handOverTo;
    }

    public void setHandOverTo(String handOverTo) {
        this.handOverTo = handOverTo;
    }
}
