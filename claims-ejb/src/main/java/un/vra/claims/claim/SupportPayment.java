package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment of support against one arrangement, in its currency: the day it was paid, as declared, and the moment it
 * was recorded beside it, like every event. The payer's name stays on the payment's event on the timeline, encrypted
 * like every personal detail and read by whoever may read that event; the account needs only the money and the day.
 */
@Embeddable
public class SupportPayment implements Serializable {

    @Column(name = "arrangement_number", nullable = false)
    private int arrangement;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SupportPayment() {}

    public SupportPayment(int arrangement, LocalDate paidOn, Money amount, Instant recordedAt) {
        this.arrangement = arrangement;
        this.paidOn = Objects.requireNonNull(paidOn, "paidOn");
        this.amount = Objects.requireNonNull(amount, "amount").amount();
        this.currency = amount.currency();
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public int arrangement() {
        return arrangement;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
