package un.vra.claims.shared;

/** The caller's role does not allow this, whatever the record's state. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
