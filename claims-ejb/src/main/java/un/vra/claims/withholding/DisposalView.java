package un.vra.claims.withholding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A release or a payment out of an amount withheld, as the API and the page show it. */
public record DisposalView(
        long id,
        long withholding,
        DisposalKind kind,
        LocalDate disposedOn,
        BigDecimal amount,
        String currency,
        String claim,
        String reason,
        String recordedBy,
        Instant recordedAt) {

    static DisposalView of(WithheldDisposal disposal, String currency) {
        return new DisposalView(
                disposal.id(),
                disposal.withheldId(),
                disposal.kind(),
                disposal.disposedOn(),
                disposal.amount(),
                currency,
                disposal.claimReference(),
                disposal.reason(),
                disposal.recordedBy(),
                disposal.recordedAt());
    }
}
