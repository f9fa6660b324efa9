package un.vra.claims.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;

/**
 * One claim of the legacy file, checked field by field and for consistency, so that whoever builds the claim from it
 * can rely on every rule of the import having held.
 *
 * <p>Blank optional fields are null rather than empty strings, so that "not given" has a single spelling.
 *
 * @param row                   the record's number in the file, the header being row 1
 * @param reference             the legacy reference, or null when the claim is to be given a new one
 * @param childBirthYears       the children's birth years in file order; empty when none is known
 * @param claimantName          null when blank or when the file has no claimant_name column
 * @param childBirthDates       each child's full date of birth, in the order of the years, null where only the year
 *                              is known; empty when the file gives no date
 * @param allegationYear        the year of the allegation, null when not given (the claim's year received then)
 */
public record LegacyRow(
        int row,
        String reference,
        LocalDate receivedOn,
        ClaimType claimType,
        String mission,
        String allegationReference,
        PersonnelCategory personnelCategory,
        String memberState,
        ClaimStatus status,
        PaternityOutcome paternityOutcome,
        ClosureReason closureReason,
        LocalDate notifiedOn,
        LocalDate acknowledgedOn,
        LocalDate paternityDeterminedOn,
        LocalDate supportArrangedOn,
        LocalDate closedOn,
        List<Integer> childBirthYears,
        String claimantName,
        List<LocalDate> childBirthDates,
        Integer allegationYear) {

    /** Copies the children's years and dates so that a row, once read, cannot change under its reader. */
    public LegacyRow {
        childBirthYears = List.copyOf(childBirthYears);
        childBirthDates = Collections.unmodifiableList(new ArrayList<>(childBirthDates));
    }

    /** The date of birth of the child at {@code index} in file order, or null where only its year is known. */
    public LocalDate childBirthDate(int index) {
        return index < childBirthDates.size() ? childBirthDates.get(index) : null;
    }
}
