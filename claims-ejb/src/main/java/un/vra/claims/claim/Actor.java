package un.vra.claims.claim;

import java.util.Objects;

/** Who records an event, in which role, and on whose behalf when that is someone else. */
public record Actor(String username, String role, String onBehalfOf) {

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
    }

    public static Actor of(String username, String role) {
        return new Actor(username, role, null);
    }
}
