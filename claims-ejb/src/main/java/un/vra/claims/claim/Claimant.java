package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.BlindIndexConverter;
import un.vra.claims.encryption.PersonalDataConverter;

/**
 * The mother or guardian who brings the claim. Name and contact are confidential and stored encrypted;
 * everyone but VRA officers knows the claimant only by the pseudonym.
 */
@Embeddable
public class Claimant {

    @Column(name = "claimant_pseudonym", nullable = false, unique = true)
    private String pseudonym;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "claimant_name")
    private String name;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "claimant_contact")
    private String contact;

    /** The name again, stored only as its blind index, so that a second claim by the same person is found. */
    @Convert(BlindIndexConverter.NAME)
    @Column(name = "claimant_name_index", length = 72, updatable = false)
    private String nameIndex;

    protected Claimant() {}

    Claimant(String name, String contact) {
        this.pseudonym = Pseudonym.next();
        this.name = name;
        this.contact = contact;
        this.nameIndex = name;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }
}
