package un.vra.claims.shared;

/** Input that is well formed but names something that does not exist or breaks a rule of the register. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        this(ErrorCode.VALIDATION, field, message, field);
    }

    /** Invalid input that API clients must tell apart from a plain validation failure, by its own code. */
    protected InvalidInputException(ErrorCode code, String field, String message, Object... arguments) {
        super(code, message, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
