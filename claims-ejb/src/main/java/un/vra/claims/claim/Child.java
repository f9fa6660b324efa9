package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.ChildFingerprint;
import un.vra.claims.encryption.FingerprintConverter;
import un.vra.claims.encryption.PersonalDataConverter;
import un.vra.claims.shared.InvalidInputException;

/**
 * A child of the claim: known to most readers by pseudonym and year of birth; the name and the full date of birth,
 * where known, are encrypted. The month the child comes of age is kept in clear, so that the alerts, the lists and
 * the counts of coming majorities read an index rather than every child's sealed date.
 */
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

    /** ISO text, sealed like the name: a full date of birth is personal data; readers see the year. */
    @Convert(PersonalDataConverter.NAME)
    @Column(name = "birth_date")
    private String birthDate;

    /** The first day of the month of {@link #majorityOn()}. */
    @Column(name = "majority_month", nullable = false)
    private LocalDate majorityMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;

    /**
     * Who the child is, as a keyed hash ({@link FingerprintConverter}) of the claimant's name, the child's name and
     * year of birth: the same child named in two claims has the same fingerprint, so counts take it once, while
     * the names stay sealed. Null when either name is unknown; such a child counts once per claim.
     */
    @Convert(FingerprintConverter.NAME)
    @Column(name = "fingerprint", length = 72)
    private String fingerprint;

    protected Child() {}

    /** A child of a claim received on a day: born at most 18 years before it, or in the year after (pregnancy). */
    static Child born(int position, String claimantPseudonym, NewChild child, LocalDate receivedOn, LocalDate today) {
        Child born = new Child(position, claimantPseudonym, child);
        born.bornOn(child.birthYear(), child.birthDate(), receivedOn, today);
        return born;
    }

    private Child(int position, String claimantPseudonym, NewChild child) {
        this.position = position;
        this.pseudonym = claimantPseudonym + "-" + position;
        this.name = child.name();
        this.sex = child.sex();
    }

    /**
     * Sets (or corrects) when the child of a claim received on {@code receivedOn} was born: in a year from 18 years
     * before the claim to the year after (pregnancy); the date, where known, in that year and not after
     * {@code today}. Without it the child comes of age on 1 July of the year it turns 18.
     */
    void bornOn(int year, LocalDate date, LocalDate receivedOn, LocalDate today) {
        if (date != null && date.getYear() != year) {
            throw new InvalidInputException(
                    "children.birthDate", "a child's date of birth must lie in its year of birth");
        }
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException("children.birthDate", "a child's date of birth cannot be in the future");
        }
        if (year < receivedOn.getYear() - 18 || year > receivedOn.getYear() + 1) {
            throw new InvalidInputException(
                    "children.birthYear",
                    "a child's year of birth must lie between 18 years before the claim and the year after");
        }
        this.birthYear = year;
        this.birthDate = date == null ? null : date.toString();
        this.majorityMonth = majorityOn().withDayOfMonth(1);
    }

    /** Takes the fingerprint anew, from the claimant's name and the child's name and year as they now stand. */
    void fingerprint(String claimantName) {
        this.fingerprint = ChildFingerprint.source(claimantName, name, birthYear);
    }

    /** The fingerprint: before it is written, what it will hash; read back, the keyed hash itself. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * The child's 18th birthday, when support ends by default; 1 July of the year it turns 18 (the middle of that
     * year) when only the year of birth is known.
     */
    public LocalDate majorityOn() {
        return birthDate().map(date -> date.plusYears(18)).orElse(LocalDate.of(birthYear + 18, 7, 1));
    }

    /** Whether the child is of age on a day. */
    public boolean ofAgeOn(LocalDate day) {
        return !day.isBefore(majorityOn());
    }

    /** The first day of the month the child comes of age. */
    public LocalDate majorityMonth() {
        return majorityMonth;
    }

    /** The full date of birth, where known: personal data, for the VRA's eyes only. */
    public Optional<LocalDate> birthDate() {
        try {
            return Optional.ofNullable(birthDate).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("child " + position + " has an unreadable date of birth", e);
        }
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
}
