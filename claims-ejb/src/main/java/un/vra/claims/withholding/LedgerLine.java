package un.vra.claims.withholding;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A State's book in one currency: everything withheld, released to it and paid to claimants, and the balance still
 * withheld (withheld less released less paid). Summed by the database; currencies are never added together.
 */
public record LedgerLine(
        String memberState,
        String currency,
        BigDecimal withheld,
        BigDecimal released,
        BigDecimal paidToClaimants,
        BigDecimal balance)
        implements Serializable {

    /** The line of these sums; the balance follows from them. */
    public static LedgerLine of(
            String memberState, String currency, BigDecimal withheld, BigDecimal released, BigDecimal paid) {
        return new LedgerLine(
                memberState,
                currency,
                withheld,
                released,
                paid,
                withheld.subtract(released).subtract(paid));
    }
}
