package un.vra.claims.account;

import java.util.Optional;
import un.vra.claims.audit.AuditedCaller;

/** The signed-in person on whose behalf a service runs: a focal point carries the State it answers for. */
public record Caller(String username, Role role, String memberState) implements AuditedCaller {

    @Override
    public String roleName() {
        return role.name();
    }

    public boolean isFocalPoint() {
        return role == Role.FOCAL_POINT;
    }

    public Optional<String> restrictedToMemberState() {
        return isFocalPoint() ? Optional.of(memberState) : Optional.empty();
    }
}
