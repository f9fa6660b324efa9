package un.vra.claims.claim;

import java.io.Serializable;

/** The total of one kind of money movement on a claim (payments, interim assistance, ...) in one currency. */
public record MoneyTotal(ClaimAction action, Money total) implements Serializable {

    MoneyTotal plus(MoneyTotal other) {
        return new MoneyTotal(action, new Money(total.amount().add(other.total().amount()), total.currency()));
    }
}
