package un.vra.claims.shared;

/** Input that is well formed but names something that does not exist or breaks a rule of the register. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super("VALIDATION", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
