package un.vra.claims.claim.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A claim's amounts in the State's book in one currency: withheld, released to the State, paid to the claimant, and
 * the balance still withheld (withheld less released less paid). Currencies are never added together.
 */
public record WithheldFigures(
        String currency, BigDecimal withheld, BigDecimal released, BigDecimal paidToClaimant, BigDecimal balance)
        implements Serializable {

    /** The line of these sums; the balance follows from them. */
    public static WithheldFigures of(String currency, BigDecimal withheld, BigDecimal released, BigDecimal paid) {
        return new WithheldFigures(
                currency, withheld, released, paid, withheld.subtract(released).subtract(paid));
    }
}
