package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.ExportService;
import un.vra.claims.metrics.RegisterService;
import un.vra.claims.reference.ReferenceData;

/**
 * The claims the signed-in person may see, most recently updated first, with the register's filters: every
 * claim for an officer in the back office, the State's own claims for a focal point in the portal. The
 * service decides the scope; the filters only narrow it.
 */
@Named
@ViewScoped
public class ClaimListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegisterService register;

    @Inject
    private ReferenceData referenceData;

    @EJB
    private ExportService exports;

    @Inject
    private FacesContext facesContext;

    private ClaimListModel claims;
    private List<String> memberStates;
    private List<String> missions;
    private ClaimStatus status;
    private String memberState;
    private String mission;
    private PersonnelCategory category;
    private String text;
    private AgeBand ageBand;
    private WhoseTurn whoseTurn;
    private boolean overdueOnly;
    private boolean majorityApproachingOnly;
    private boolean oldestPendingFirst;

    @PostConstruct
    void init() {
        memberStates = referenceData.memberStateCodes();
        missions = referenceData.missionCodes();
        apply();
    }

    public void apply() {
        claims = new ClaimListModel(
                register,
                new ClaimFilter(
                        status,
                        blankToNull(memberState),
                        blankToNull(mission),
                        category,
                        null,
                        null,
                        blankToNull(text),
                        ageBand,
                        whoseTurn,
                        overdueOnly,
                        majorityApproachingOnly),
                oldestPendingFirst ? ClaimSort.parse("pending") : ClaimSort.DEFAULT);
    }

    /** The register as filtered now, as a file; a focal point's holds only its State's claims. */
    public StreamedContent export(String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        ClaimFilter filter = claims.filter();
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        return DefaultStreamedContent.builder()
                .name(chosen.fileName("claims"))
                .contentType(chosen.mediaType())
                .writer(out -> exports.register(filter, chosen, texts, out))
                .build();
    }

    public void clear() {
        status = null;
        memberState = null;
        mission = null;
        category = null;
        text = null;
        ageBand = null;
        whoseTurn = null;
        overdueOnly = false;
        majorityApproachingOnly = false;
        oldestPendingFirst = false;
        apply();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ClaimListModel getClaims() {
        return claims;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public WhoseTurn[] getParties() {
        return WhoseTurn.values();
    }

    public List<String> getMemberStates() {
        return memberStates;
    }

    public List<String> getMissions() {
        return missions;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public PersonnelCategory getCategory() {
        return category;
    }

    public void setCategory(PersonnelCategory category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public WhoseTurn getWhoseTurn() {
        return whoseTurn;
    }

    public void setWhoseTurn(WhoseTurn whoseTurn) {
        this.whoseTurn = whoseTurn;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isMajorityApproachingOnly() {
        return majorityApproachingOnly;
    }

    public void setMajorityApproachingOnly(boolean majorityApproachingOnly) {
        this.majorityApproachingOnly = majorityApproachingOnly;
    }

    public boolean isOldestPendingFirst() {
        return oldestPendingFirst;
    }

    public void setOldestPendingFirst(boolean oldestPendingFirst) {
        this.oldestPendingFirst = oldestPendingFirst;
    }
}
