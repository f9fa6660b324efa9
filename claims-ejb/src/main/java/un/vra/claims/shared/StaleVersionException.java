package un.vra.claims.shared;

/** Someone else changed the record since the caller read it; the caller must reload and try again. */
public class StaleVersionException extends DomainException {

    /** What kind of record was changed, when not a claim ("stateLaw"): its message names that, not "this claim". */
    private final String record;

    /** A claim changed by someone else. */
    public StaleVersionException(String message) {
        this(null, message);
    }

    /** A record of another kind ("stateLaw", the key's suffix of its own message) changed by someone else. */
    public StaleVersionException(String record, String message) {
        super(ErrorCode.STALE_VERSION, message);
        this.record = record;
    }

    /** {@code error.STALE_VERSION} for a claim, {@code error.STALE_VERSION.<record>} for another kind of record. */
    @Override
    public String messageKey() {
        return record == null ? super.messageKey() : super.messageKey() + "." + record;
    }
}
