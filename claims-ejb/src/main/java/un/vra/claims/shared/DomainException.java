package un.vra.claims.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused what was asked. Carries a stable {@link ErrorCode} and the arguments of the
 * code's message, which the interfaces show in the reader's language; the exception's own message is the
 * detail in English, for developers and logs. Crossing an EJB boundary it arrives unwrapped and rolls the
 * transaction back.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final Object[] arguments;

    public DomainException(ErrorCode code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public ErrorCode code() {
        return code;
    }

    /**
     * The key of the message the interfaces show: the code's own ({@code error.<CODE>}), unless the refusal words it
     * for what it refused.
     */
    public String messageKey() {
        return code.messageKey();
    }

    /** The arguments of the code's message, in the order its texts number them. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
