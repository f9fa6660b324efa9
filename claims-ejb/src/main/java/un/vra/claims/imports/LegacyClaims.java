package un.vra.claims.imports;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.LegacyHistory;
import un.vra.claims.claim.NewChild;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.Sex;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.InvalidInputException;

/**
 * The import's domain stage: each checked row becomes a claim through the aggregate, which judges what is its to
 * judge (the dates leading to the status, the children's years against the date received). A refusal is a problem
 * at the row and at the column of the field the aggregate names, so that the file can still be fixed in one pass.
 */
final class LegacyClaims {

    /** The column blamed when the aggregate names no field of the file: where a claim's history ends up. */
    private static final String HISTORY = LegacyColumn.STATUS.csvName();

    private final Actor importer;

    LegacyClaims(Actor importer) {
        this.importer = importer;
    }

    /** The claim a row describes, or null with a problem added when the aggregate refuses it. */
    Claim build(LegacyRow row, ClaimReference reference, List<ImportProblem> problems) {
        NewClaim details = new NewClaim(
                row.receivedOn(),
                row.claimType(),
                row.mission(),
                row.allegationReference(),
                row.personnelCategory(),
                row.memberState(),
                row.claimantName(),
                null,
                IntStream.range(0, row.childBirthYears().size())
                        .mapToObj(i -> new NewChild(
                                null, row.childBirthYears().get(i), Sex.UNDISCLOSED, row.childBirthDate(i)))
                        .toList(),
                null,
                null,
                row.allegationYear());
        LegacyHistory history = new LegacyHistory(
                row.status(),
                row.paternityOutcome(),
                row.closureReason(),
                row.notifiedOn(),
                row.acknowledgedOn(),
                row.paternityDeterminedOn(),
                row.supportArrangedOn(),
                row.closedOn());
        try {
            return LegacyReplay.rebuild(reference, details, history, importer);
        } catch (DomainException e) {
            problems.add(new ImportProblem(row.row(), column(e), e.getMessage()));
            return null;
        }
    }

    /** The file's column for a field the aggregate names ({@code receivedOn} is {@code received_on}). */
    static String column(DomainException refusal) {
        if (!(refusal instanceof InvalidInputException invalid) || invalid.field() == null) {
            return HISTORY;
        }
        String field = invalid.field().equals("children.birthDate")
                ? "childBirthDates"
                : invalid.field().startsWith("children.") ? "childBirthYears" : invalid.field();
        LegacyColumn column =
                LegacyColumn.named(field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
        return column == null ? HISTORY : column.csvName();
    }
}
