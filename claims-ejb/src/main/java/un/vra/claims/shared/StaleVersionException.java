package un.vra.claims.shared;

/** Someone else changed the record since the caller read it; the caller must reload and try again. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String message) {
        super(ErrorCode.STALE_VERSION, message);
    }
}
