package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import un.vra.claims.shared.InvalidInputException;

/** The claim's support arrangement as stored, once arranged; payments are recorded in its currency. */
@Embeddable
public class Support {

    @Enumerated(EnumType.STRING)
    @Column(name = "support_kind")
    private SupportArrangement.Kind kind;

    @Column(name = "support_amount")
    private BigDecimal amount;

    @Column(name = "support_currency", length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_frequency")
    private SupportArrangement.Frequency frequency;

    @Column(name = "support_starts_on")
    private LocalDate startsOn;

    void arrange(SupportArrangement arrangement) {
        kind = arrangement.kind();
        amount = arrangement.amount().amount();
        currency = arrangement.amount().currency();
        frequency = arrangement.frequency();
        startsOn = arrangement.startsOn();
    }

    void requireItsCurrency(Money payment) {
        if (!payment.currency().equals(currency)) {
            throw new InvalidInputException("currency", "payments are recorded in the support's currency, " + currency);
        }
    }

    public Optional<SupportArrangement> arrangement() {
        return kind == null
                ? Optional.empty()
                : Optional.of(new SupportArrangement(kind, new Money(amount, currency), frequency, startsOn));
    }
}
