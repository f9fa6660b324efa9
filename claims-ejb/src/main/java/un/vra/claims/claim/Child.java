package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.PersonalDataConverter;
import un.vra.claims.shared.InvalidInputException;

/** A child of the claim: known to most readers by pseudonym and year of birth; the name is encrypted. */
@Embeddable
public class Child {

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "pseudonym", nullable = false)
    private String pseudonym;

    @Convert(PersonalDataConverter.NAME)
    @Column(name = "name")
    private String name;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;

    protected Child() {}

    /** A child of a claim received on a day: born at most 18 years before it, or in the year after (pregnancy). */
    static Child born(int position, String claimantPseudonym, NewChild child, LocalDate receivedOn) {
        if (child.birthYear() < receivedOn.getYear() - 18 || child.birthYear() > receivedOn.getYear() + 1) {
            throw new InvalidInputException(
                    "children.birthYear",
                    "a child's year of birth must lie between 18 years before the claim and the year after");
        }
        return new Child(position, claimantPseudonym, child);
    }

    private Child(int position, String claimantPseudonym, NewChild child) {
        this.position = position;
        this.pseudonym = claimantPseudonym + "-" + position;
        this.name = child.name();
        this.birthYear = child.birthYear();
        this.sex = child.sex();
    }

    public int position() {
        return position;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public String name() {
        return name;
    }

    public int birthYear() {
        return birthYear;
    }

    public Sex sex() {
        return sex;
    }

    /**
     * The day the child comes of age (18), when support ends by default: with only the year of birth known, 1 July
     * of the year the child turns 18, the middle of that year.
     */
    public LocalDate majorityOn() {
        return LocalDate.of(birthYear + 18, 7, 1);
    }
}
