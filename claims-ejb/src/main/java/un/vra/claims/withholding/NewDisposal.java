package un.vra.claims.withholding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A release to the State or a payment to a claimant out of an amount withheld, as an officer reports it. The
 * currency, when given, must be the withholding's own; a payment out of an amount withheld for the State as a
 * whole names the claim whose claimant is paid.
 */
public record NewDisposal(
        DisposalKind kind, LocalDate disposedOn, BigDecimal amount, String currency, String claim, String reason) {}
