package un.vra.claims.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Who is recording an action, and the clock that says what "now" and "today" are. */
public record Recording(Actor actor, Clock clock) {

    public Recording {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
