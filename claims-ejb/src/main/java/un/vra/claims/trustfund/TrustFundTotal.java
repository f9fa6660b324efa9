package un.vra.claims.trustfund;

import java.io.Serializable;
import java.math.BigDecimal;
import un.vra.claims.claim.AssistanceKind;

/**
 * The Trust Fund's interim assistance paid in one year, on the claims of one State (none: the UN route) and one
 * mission, of one kind (none: recorded before kinds were asked for), in one currency: how many payments and their
 * sum. Currencies are never added together.
 */
public record TrustFundTotal(
        int year,
        String memberState,
        String mission,
        AssistanceKind kind,
        String currency,
        long payments,
        BigDecimal total)
        implements Serializable {}
