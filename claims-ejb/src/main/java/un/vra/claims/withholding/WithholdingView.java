package un.vra.claims.withholding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An amount withheld as the API and the page show it, with what became of it so far and what remains. */
public record WithholdingView(
        long id,
        String memberState,
        String claim,
        LocalDate withheldOn,
        BigDecimal amount,
        String currency,
        BigDecimal released,
        BigDecimal paidToClaimants,
        BigDecimal balance,
        String reason,
        String recordedBy,
        Instant recordedAt) {

    static WithholdingView of(WithheldReimbursement withheld) {
        return new WithholdingView(
                withheld.id(),
                withheld.memberState(),
                withheld.claimReference(),
                withheld.withheldOn(),
                withheld.amount(),
                withheld.currency(),
                withheld.released(),
                withheld.paidToClaimants(),
                withheld.balance(),
                withheld.reason(),
                withheld.recordedBy(),
                withheld.recordedAt());
    }
}
