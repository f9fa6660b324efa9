package un.vra.claims.withholding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount withheld as an officer reports it: from a State, for one of its claims or (no claim) for the State as
 * a whole; checked when it is recorded. The State may be left out when a claim names it.
 */
public record NewWithholding(
        String memberState, String claim, LocalDate withheldOn, BigDecimal amount, String currency, String reason) {}
