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
import un.vra.claims.reference.MissionContact;
import un.vra.claims.shared.Languages;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;

/**
 * The administrator's page of the addresses reminders and notes verbales go to: each State's Permanent Mission (193
 * States, filtered, sorted by their names in the page's language and paged by the service) and each focal point's,
 * with the language each is written to in.
 */
@Named
@ViewScoped
public class MailAddressesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FocalPointService focalPoints;

    @Inject
    private FacesContext facesContext;

    private String filter;
    private PagedModel<MissionContact> missions;
    private List<FocalPointView> focals;
    private String memberState;
    private String missionEmail;
    private String missionLanguage = "en";
    private String focalUsername;
    private String focalEmail;
    private String focalLanguage = "en";

    @PostConstruct
    void init() {
        String shown = filter;
        String language = facesContext.getViewRoot().getLocale().getLanguage();
        FocalPointService service = focalPoints;
        missions = PagedModel.of(request -> service.missionContacts(shown, language, request), MissionContact::code);
        focals = focalPoints.list(null);
    }

    /** Shows the States whose code or name holds the filter. */
    public void search() {
        init();
    }

    /** Puts a State's mission contact in the form to change it. */
    public void editMission(MissionContact contact) {
        memberState = contact.code();
        missionEmail = contact.email();
        missionLanguage = contact.language();
    }

    public void saveMission() {
        PageMessages.run(
                facesContext,
                () -> focalPoints.missionContact(memberState, missionEmail, missionLanguage),
                "mailAddresses.missionSaved");
        init();
    }

    /** Puts a focal point's address in the form to change it. */
    public void editFocal(FocalPointView focal) {
        focalUsername = focal.username();
        focalEmail = focal.email();
        focalLanguage = focal.language();
    }

    public void saveFocal() {
        PageMessages.run(
                facesContext,
                () -> focalPoints.mailTo(focalUsername, focalEmail, focalLanguage),
                "mailAddresses.focalSaved");
        init();
    }

    public List<String> getLanguages() {
        return Languages.OFFICIAL;
    }

    public PagedModel<MissionContact> getMissions() {
        return missions;
    }

    public List<FocalPointView> getFocals() {
        return focals;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getMissionEmail() {
        return missionEmail;
    }

    public void setMissionEmail(String missionEmail) {
        this.missionEmail = missionEmail;
    }

    public String getMissionLanguage() {
        return missionLanguage;
    }

    public void setMissionLanguage(String missionLanguage) {
        this.missionLanguage = missionLanguage;
    }

    public String getFocalUsername() {
        return focalUsername;
    }

    public void setFocalUsername(String focalUsername) {
        this.focalUsername = focalUsername;
    }

    public String getFocalEmail() {
        return focalEmail;
    }

    public void setFocalEmail(String focalEmail) {
        this.focalEmail = focalEmail;
    }

    public String getFocalLanguage() {
        return focalLanguage;
    }

    public void setFocalLanguage(String focalLanguage) {
        this.focalLanguage = focalLanguage;
    }
}
