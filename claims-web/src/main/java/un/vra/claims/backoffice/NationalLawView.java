package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.Languages;
import un.vra.claims.shared.StaleVersionException;
import un.vra.claims.statelaw.DnaEvidence;
import un.vra.claims.statelaw.LawEntry;
import un.vra.claims.statelaw.StateLawService;
import un.vra.claims.statelaw.StateLawView;
import un.vra.claims.statelaw.SupportOrderEnforcement;
import un.vra.claims.web.error.RefusalMessages;
import un.vra.claims.web.ui.LanguageSwitcher;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;

/**
 * The registry of national law for the VRA: a State's entry to read, the form that changes it (administrators
 * only, against the version read, which the service checks), and its history, paged by the database.
 */
@Named
@ViewScoped
public class NationalLawView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StateLawService registry;

    @EJB
    private ReferenceData referenceData;

    @Inject
    private FacesContext facesContext;

    @Inject
    private LanguageSwitcher language;

    private String memberState;
    private StateLawView entry;
    private PagedModel<StateLawView> history;
    private DnaEvidence dnaEvidence;
    private String paternityProcedure;
    private SupportOrderEnforcement supportOrderEnforcement;
    private String legalAidContacts;
    private List<String> languages = new ArrayList<>();
    private String missionAddress;
    private boolean conflict;
    private Map<String, String> memberStates;

    /** Reads the State named in the address; an unknown code shows "not found" and the chooser only. */
    public void load() {
        entry = null;
        history = null;
        if (memberState == null || memberState.isBlank()) {
            return;
        }
        try {
            show(registry.entry(memberState));
        } catch (DomainException e) {
            RefusalMessages.queue(facesContext, e);
        }
    }

    /** Saves the form against the version read; a refusal keeps what was typed, a conflict also offers to reload. */
    public void save() {
        try {
            show(registry.revise(
                    entry.memberState(),
                    entry.version(),
                    new LawEntry(
                            dnaEvidence,
                            paternityProcedure,
                            supportOrderEnforcement,
                            legalAidContacts,
                            languages,
                            missionAddress)));
            PageMessages.info(facesContext, "stateLaw.saved");
        } catch (StaleVersionException e) {
            conflict = true;
            RefusalMessages.queue(facesContext, e);
        } catch (DomainException e) {
            RefusalMessages.queue(facesContext, e);
        }
    }

    /** After someone else's change: the entry as it is now, and the form filled with it. */
    public void reload() {
        show(registry.entry(entry.memberState()));
    }

    private void show(StateLawView shown) {
        entry = shown;
        conflict = false;
        memberState = shown.memberState();
        dnaEvidence = shown.dnaEvidence();
        paternityProcedure = shown.paternityProcedure();
        supportOrderEnforcement = shown.supportOrderEnforcement();
        legalAidContacts = shown.legalAidContacts();
        languages = new ArrayList<>(shown.noteVerbaleLanguages());
        missionAddress = shown.missionAddress();
        history = history(shown.memberState());
    }

    private PagedModel<StateLawView> history(String code) {
        StateLawService service = registry;
        return PagedModel.of(request -> service.history(code, request), row -> String.valueOf(row.version()));
    }

    /** The States to choose from, by their names in the page's language. */
    public Map<String, String> getMemberStates() {
        if (memberStates == null) {
            memberStates = new LinkedHashMap<>();
            referenceData.memberStateNames().entrySet().stream()
                    .map(state -> Map.entry(state.getKey(), language.stateName(state.getKey(), state.getValue())))
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(state -> memberStates.put(state.getValue() + " (" + state.getKey() + ")", state.getKey()));
        }
        return memberStates;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<DnaEvidence> getDnaChoices() {
        return Arrays.asList(DnaEvidence.values());
    }

    public List<SupportOrderEnforcement> getEnforcementChoices() {
        return Arrays.asList(SupportOrderEnforcement.values());
    }

    public List<String> getLanguageChoices() {
        return Languages.OFFICIAL;
    }

    public StateLawView getEntry() {
        return entry;
    }

    public PagedModel<StateLawView> getHistory() {
        return history;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public DnaEvidence getDnaEvidence() {
        return dnaEvidence;
    }

    public void setDnaEvidence(DnaEvidence dnaEvidence) {
        this.dnaEvidence = dnaEvidence;
    }

    public String getPaternityProcedure() {
        return paternityProcedure;
    }

    public void setPaternityProcedure(String paternityProcedure) {
        this.paternityProcedure = paternityProcedure;
    }

    public SupportOrderEnforcement getSupportOrderEnforcement() {
        return supportOrderEnforcement;
    }

    public void setSupportOrderEnforcement(SupportOrderEnforcement supportOrderEnforcement) {
        this.supportOrderEnforcement = supportOrderEnforcement;
    }

    public String getLegalAidContacts() {
        return legalAidContacts;
    }

    public void setLegalAidContacts(String legalAidContacts) {
        this.legalAidContacts = legalAidContacts;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getMissionAddress() {
        return missionAddress;
    }

    public void setMissionAddress(String missionAddress) {
        this.missionAddress = missionAddress;
    }
}
