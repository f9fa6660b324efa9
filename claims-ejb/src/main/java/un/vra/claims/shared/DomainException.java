package un.vra.claims.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused what was asked. Carries a stable code for API clients; the message is for
 * people. Crossing an EJB boundary it arrives unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String code;

    public DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
