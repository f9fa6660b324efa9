package un.vra.claims.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * Which claims a reader may reach: all of them, or only a Member State's claims on the Member State route
 * that the UN has notified to it (before the notification the claim does not exist for the State). Built
 * from the signed-in identity, never from a request parameter.
 */
public final class ClaimScope {

    private static final ClaimScope ALL = new ClaimScope(null);

    private final String memberState;

    private ClaimScope(String memberState) {
        this.memberState = memberState;
    }

    public static ClaimScope all() {
        return ALL;
    }

    public static ClaimScope memberState(String code) {
        return new ClaimScope(Objects.requireNonNull(code));
    }

    public Optional<String> memberState() {
        return Optional.ofNullable(memberState);
    }
}
