package un.vra.claims.shared;

/** Nothing by that name exists for the caller; another State's claim is reported exactly the same way. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
