package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.Objects;

/** A court order or an agreement for child support. */
public record SupportArrangement(Kind kind, Money amount, Frequency frequency, LocalDate startsOn) {

    /** Whether a court ordered the support or the parties agreed on it. */
    public enum Kind { COURT_ORDER, AGREEMENT }

    /** How often a payment falls due. */
    public enum Frequency { MONTHLY, QUARTERLY, YEARLY, ONE_OFF }

    public SupportArrangement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(startsOn, "startsOn");
    }
}
