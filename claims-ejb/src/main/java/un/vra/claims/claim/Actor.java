package un.vra.claims.claim;

import java.util.Objects;
import un.vra.claims.shared.InvalidInputException;

/** Who records an event, in which role, and on whose behalf when that is someone else. */
public record Actor(String username, String role, String onBehalfOf) {

    /** The longest name on whose behalf an event is recorded: its column holds it encrypted, within bounds. */
    public static final int MAX_ON_BEHALF_OF = 100;

    /** The role of a Member State's focal point, the only role that acts for a State. */
    public static final String MEMBER_STATE_ROLE = "FOCAL_POINT";

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        if (onBehalfOf != null && onBehalfOf.codePointCount(0, onBehalfOf.length()) > MAX_ON_BEHALF_OF) {
            throw new InvalidInputException("onBehalfOf", "at most " + MAX_ON_BEHALF_OF + " characters");
        }
    }

    /** Whether the event is recorded by a Member State's focal point rather than by the UN. */
    public boolean isMemberState() {
        return MEMBER_STATE_ROLE.equals(role);
    }

    public static Actor of(String username, String role) {
        return new Actor(username, role, null);
    }
}
