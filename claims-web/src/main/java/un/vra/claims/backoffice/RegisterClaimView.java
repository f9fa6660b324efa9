package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import un.vra.claims.api.RetriedAfterDeadlock;
import un.vra.claims.claim.AllegedFather;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClaimantWishes;
import un.vra.claims.claim.NewChild;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Sex;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.DomainException;

/**
 * The form that opens a claim file. Before the first save it looks for probable duplicates and, if there are
 * any, shows them and asks to confirm; the domain checks everything else, and what was typed stays on a refusal.
 */
@Named
@ViewScoped
public class RegisterClaimView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClaimService claimService;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private FacesContext facesContext;

    private List<String> memberStates;
    private List<String> missions;
    private LocalDate receivedOn = LocalDate.now(ZoneOffset.UTC);
    private ClaimType claimType = ClaimType.PATERNITY_AND_CHILD_SUPPORT;
    private String mission;
    private String allegationReference;
    private PersonnelCategory category;
    private String memberState;
    private String claimantName;
    private String claimantContact;
    private boolean noFatherContact;
    private String wishes;
    private final List<ChildRow> children = new ArrayList<>();
    private String fatherName;
    private String fatherNationality;
    private String fatherServiceNumber;
    private String fatherUnit;
    private LocalDate rotationFrom;
    private LocalDate rotationTo;
    private List<String> duplicates = List.of();

    /** One child on the form. */
    public static class ChildRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer birthYear;
        private LocalDate birthDate;
        private Sex sex;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getBirthYear() {
            return birthYear;
        }

        public void setBirthYear(Integer birthYear) {
            this.birthYear = birthYear;
        }

        public LocalDate getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
        }

        public Sex getSex() {
            return sex;
        }

        public void setSex(Sex sex) {
            this.sex = sex;
        }
    }

    @PostConstruct
    void init() {
        memberStates = referenceData.memberStateCodes();
        missions = referenceData.missionCodes();
        children.add(new ChildRow());
    }

    public void addChild() {
        children.add(new ChildRow());
    }

    public void removeChild(ChildRow child) {
        children.remove(child);
    }

    /**
     * Saves the claim unless it probably exists already; then the duplicates are shown for confirmation. When
     * the account ran too many checks in the last minute, nothing is saved and the person is told how long to
     * wait. A refusal reaches the person through the pages' exception handler; the duplicates shown before it
     * are put away.
     */
    @RetriedAfterDeadlock
    public String register() {
        if (!childrenComplete()) {
            return null;
        }
        try {
            NewClaim claim = newClaim();
            duplicates = claimService.probableDuplicates(claim);
            return duplicates.isEmpty() ? save(claim) : null;
        } catch (DomainException e) {
            duplicates = List.of();
            throw e;
        }
    }

    /** Saves the claim although probable duplicates were shown. */
    @RetriedAfterDeadlock
    public String registerAnyway() {
        if (!childrenComplete()) {
            return null;
        }
        try {
            return save(newClaim());
        } catch (DomainException e) {
            duplicates = List.of();
            throw e;
        }
    }

    /** A child is either left blank or given a birth year and a sex; otherwise the page says so. */
    private boolean childrenComplete() {
        boolean complete = children.stream()
                .allMatch(child -> child.birthYear == null && child.sex == null && blank(child.name) == null
                        || child.birthYear != null && child.sex != null);
        if (!complete) {
            duplicates = List.of();
            facesContext.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("register.childIncomplete"), null));
            facesContext.validationFailed();
        }
        return complete;
    }

    private String save(NewClaim claim) {
        String reference = claimService.registerWithoutReadingBack(claim);
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("register.done"), null));
        return "/claim?faces-redirect=true&reference=" + reference;
    }

    private String text(String key) {
        return facesContext
                .getApplication()
                .getResourceBundle(facesContext, "msg")
                .getString(key);
    }

    private NewClaim newClaim() {
        List<NewChild> born = new ArrayList<>();
        for (ChildRow child : children) {
            if (child.birthYear != null && child.sex != null) {
                born.add(new NewChild(blank(child.name), child.birthYear, child.sex, child.birthDate));
            }
        }
        boolean father = blank(fatherName) != null
                || blank(fatherNationality) != null
                || blank(fatherServiceNumber) != null
                || blank(fatherUnit) != null
                || rotationFrom != null;
        return new NewClaim(
                receivedOn,
                claimType,
                mission,
                blank(allegationReference),
                category,
                blank(memberState),
                blank(claimantName),
                blank(claimantContact),
                born,
                father
                        ? new AllegedFather(
                                blank(fatherName),
                                blank(fatherNationality),
                                blank(fatherServiceNumber),
                                blank(fatherUnit),
                                rotationFrom,
                                rotationTo)
                        : null,
                new ClaimantWishes(noFatherContact, blank(wishes)));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public List<String> getMemberStates() {
        return memberStates;
    }

    public List<String> getMissions() {
        return missions;
    }

    public ClaimType[] getClaimTypes() {
        return ClaimType.values();
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public List<ChildRow> getChildren() {
        return children;
    }

    public List<String> getDuplicates() {
        return duplicates;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ClaimType getClaimType() {
        return claimType;
    }

    public void setClaimType(ClaimType claimType) {
        this.claimType = claimType;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getAllegationReference() {
        return allegationReference;
    }

    public void setAllegationReference(String allegationReference) {
        this.allegationReference = allegationReference;
    }

    public PersonnelCategory getCategory() {
        return category;
    }

    public void setCategory(PersonnelCategory category) {
        this.category = category;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getClaimantName() {
        return claimantName;
    }

    public void setClaimantName(String claimantName) {
        this.claimantName = claimantName;
    }

    public String getClaimantContact() {
        return claimantContact;
    }

    public void setClaimantContact(String claimantContact) {
        this.claimantContact = claimantContact;
    }

    public boolean isNoFatherContact() {
        return noFatherContact;
    }

    public void setNoFatherContact(boolean noFatherContact) {
        this.noFatherContact = noFatherContact;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    public String getFatherName() {
        return fatherName;
    }

    public void setFatherName(String fatherName) {
        this.fatherName = fatherName;
    }

    public String getFatherNationality() {
        return fatherNationality;
    }

    public void setFatherNationality(String fatherNationality) {
        this.fatherNationality = fatherNationality;
    }

    public String getFatherServiceNumber() {
        return fatherServiceNumber;
    }

    public void setFatherServiceNumber(String fatherServiceNumber) {
        this.fatherServiceNumber = fatherServiceNumber;
    }

    public String getFatherUnit() {
        return fatherUnit;
    }

    public void setFatherUnit(String fatherUnit) {
        this.fatherUnit = fatherUnit;
    }

    public LocalDate getRotationFrom() {
        return rotationFrom;
    }

    public void setRotationFrom(LocalDate rotationFrom) {
        this.rotationFrom = rotationFrom;
    }

    public LocalDate getRotationTo() {
        return rotationTo;
    }

    public void setRotationTo(LocalDate rotationTo) {
        this.rotationTo = rotationTo;
    }
}
