package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.PersonalDataConverter;

/** What the claimant wants and consents to, for example not to have the father contacted for now. */
@Embeddable
public class ClaimantWishes {

    @Column(name = "wish_no_father_contact", nullable = false)
    private boolean noFatherContact;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "wishes")
    private String notes;

    protected ClaimantWishes() {}

    public ClaimantWishes(boolean noFatherContact, String notes) {
        this.noFatherContact = noFatherContact;
        this.notes = notes;
    }

    public boolean noFatherContact() {
        return noFatherContact;
    }

    public String notes() {
        return notes;
    }
}
