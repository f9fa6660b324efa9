package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import un.vra.claims.account.Role;
import un.vra.claims.claim.application.ClaimDetails.ChildView;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.StaleVersionException;
import un.vra.claims.web.error.RefusalMessages;
import un.vra.claims.web.ui.ClaimFileView;

/**
 * The form of the claim file that corrects a child's year or date of birth, for the VRA only: the correction is
 * made at the version of the claim the officer sees; when someone changed the claim meanwhile, the officer is told
 * and reloads it, keeping what was typed.
 */
@Named
@ViewScoped
public class CorrectChildBirthView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClaimService claims;

    @Inject
    private ClaimFileView file;

    @Inject
    private FacesContext facesContext;

    private Integer child;
    private Integer birthYear;
    private LocalDate birthDate;
    private boolean conflict;

    /** Whether the form shows: a VRA officer's or administrator's own view of a claim with children. */
    public boolean isAllowed() {
        return file.getClaim() != null
                && !file.getClaim().children().isEmpty()
                && !file.isAsMemberState()
                && (facesContext.getExternalContext().isUserInRole(Role.OFFICER)
                        || facesContext.getExternalContext().isUserInRole(Role.ADMIN));
    }

    public List<ChildView> getChildren() {
        return file.getClaim() == null ? List.of() : file.getClaim().children();
    }

    public void correct() throws IOException {
        try {
            claims.correctChildBirth(file.getReference(), file.getClaim().version(), child, birthYear, birthDate);
        } catch (DomainException e) {
            conflict = e instanceof StaleVersionException;
            RefusalMessages.queue(facesContext, e);
            return;
        }
        file.reopenWith("childBirth.corrected");
    }

    /** After a conflict: take the claim as it is now, keeping what was typed. */
    public void reload() {
        file.load();
        conflict = false;
    }

    public String getToday() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    public Integer getChild() {
        return child;
    }

    public void setChild(Integer child) {
        this.child = child;
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

    public boolean isConflict() {
        return conflict;
    }
}
