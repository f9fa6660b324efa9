package un.vra.claims.moneyreport;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The support of one State's claims (none: the UN route) in one mission and one currency, on a day: how many
 * arrangements had started, how many children they cover and how many of those are paid as arranged (no arrangement
 * of theirs in arrears), how many children the State's claims in the mission name in all, and the share of them
 * covered (a percentage, none when the claims name no child); what fell due, what was paid and the arrears (per
 * arrangement, never below zero, then summed). Summed by the database; currencies are never added together.
 */
public record SupportTotal(
        String memberState,
        String mission,
        String currency,
        long arrangements,
        long childrenCovered,
        long childrenPaidAsArranged,
        long children,
        BigDecimal sharePercent,
        BigDecimal due,
        BigDecimal paid,
        BigDecimal arrears)
        implements Serializable {}
