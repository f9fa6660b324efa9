package un.vra.claims.claim.application;

import java.util.List;

/**
 * The State's book of reimbursements withheld, as the claim file reads it: another feature keeps the book (and
 * depends on claims), so the claim names what it needs here and that feature answers.
 */
public interface WithheldBook {

    /** What the book holds for the claim, one line per currency, by currency; none when nothing was withheld. */
    List<WithheldFigures> ofClaim(long claimId);
}
