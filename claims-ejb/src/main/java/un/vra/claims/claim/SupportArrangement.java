package un.vra.claims.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A court order or an agreement for child support. */
public record SupportArrangement(Kind kind, Money amount, Frequency frequency, LocalDate startsOn) {

    /** Whether a court ordered the support, the parties agreed on it, or one sum settles it. */
    public enum Kind {
        COURT_ORDER,
        AGREEMENT,
        /** One sum paid once: its frequency is {@link Frequency#ONE_OFF}. */
        LUMP_SUM
    }

    /** How often a payment falls due: every so many months from the start, or once. */
    public enum Frequency {
        MONTHLY(1),
        QUARTERLY(3),
        YEARLY(12),
        ONE_OFF(0);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        /** The months a period of this frequency lasts; none for a sum due once. */
        public int months() {
            return months;
        }
    }

    public SupportArrangement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(startsOn, "startsOn");
    }

    /** What fell due from the start up to and including {@code day}: one amount per due date passed. */
    public BigDecimal dueBy(LocalDate day) {
        if (day.isBefore(startsOn)) {
            return BigDecimal.ZERO;
        }
        long payments =
                frequency == Frequency.ONE_OFF ? 1 : ChronoUnit.MONTHS.between(startsOn, day) / frequency.months + 1;
        return amount.amount().multiply(BigDecimal.valueOf(payments));
    }

    /** What is owed on {@code day} after what was paid; never negative, as paying ahead leaves no arrears. */
    public BigDecimal arrears(LocalDate day, BigDecimal paid) {
        return dueBy(day).subtract(paid).max(BigDecimal.ZERO);
    }
}
