package un.vra.claims.claim;

import java.util.Objects;
import un.vra.claims.shared.InvalidInputException;

/** Who records an event, in which role, and on whose behalf when that is someone else. */
public record Actor(String username, String role, String onBehalfOf) {

    /** The longest name on whose behalf an event is recorded: its column holds it encrypted, within bounds. */
    public static final int MAX_ON_BEHALF_OF = 100;

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        if (onBehalfOf != null && onBehalfOf.codePointCount(0, onBehalfOf.length()) > MAX_ON_BEHALF_OF) {
            throw new InvalidInputException("onBehalfOf", "at most " + MAX_ON_BEHALF_OF + " characters");
        }
    }

    public static Actor of(String username, String role) {
        return new Actor(username, role, null);
    }
}
