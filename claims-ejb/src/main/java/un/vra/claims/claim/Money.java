package un.vra.claims.claim;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import un.vra.claims.shared.InvalidInputException;

/** A positive amount in an ISO 4217 currency, as the database stores it (12 digits, 2 decimals). */
public record Money(BigDecimal amount, String currency) implements Serializable {

    public Money {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "the amount must be more than zero");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 12) {
            throw new InvalidInputException("amount", "an amount has at most 12 digits and 2 decimals");
        }
        try {
            Currency.getInstance(currency);
        } catch (RuntimeException e) {
            throw new InvalidInputException("currency", "not an ISO 4217 currency code: " + currency);
        }
    }
}
