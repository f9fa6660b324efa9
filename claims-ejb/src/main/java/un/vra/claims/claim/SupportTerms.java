package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an arrangement asks from a day on: an amount per period in its own currency and how often it falls due. The
 * first terms start with the arrangement; each revision adds terms from its own day, so earlier periods keep the
 * amount they fell due with.
 */
@Embeddable
public class SupportTerms implements Serializable {

    @Column(name = "effective_from", nullable = false)
    private LocalDate from;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportArrangement.Frequency frequency;

    protected SupportTerms() {}

    public SupportTerms(LocalDate from, Money amount, SupportArrangement.Frequency frequency) {
        this.from = Objects.requireNonNull(from, "from");
        this.amount = Objects.requireNonNull(amount, "amount").amount();
        this.currency = amount.currency();
        this.frequency = Objects.requireNonNull(frequency, "frequency");
    }

    public LocalDate from() {
        return from;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public SupportArrangement.Frequency frequency() {
        return frequency;
    }
}
