package un.vra.claims.metrics;

import java.time.Clock;
import java.time.LocalDate;
import un.vra.claims.shared.InvalidInputException;

/** The day the measures stand on: the one asked, or today; never a day still to come. */
final class AsOfDay {

    private AsOfDay() {}

    static LocalDate of(LocalDate asOf, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new InvalidInputException("asOf", "asOf cannot be in the future");
        }
        return asOf == null ? today : asOf;
    }
}
