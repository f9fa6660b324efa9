package un.vra.claims.claim;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment of support against one arrangement, in its currency: the day it was paid, as declared, and the moment it
 * was recorded beside it, like every event. The payer is named as recorded; who may read the name is the audience's
 * business, not the payment's.
 */
public record SupportPayment(int arrangement, LocalDate paidOn, Money amount, String payer, Instant recordedAt)
        implements Serializable {

    public SupportPayment {
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
