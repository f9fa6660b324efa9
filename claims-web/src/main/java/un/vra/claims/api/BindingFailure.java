package un.vra.claims.api;

import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which field of a JSON body could not be bound, read from JSON-B's failure. Yasson names the property, and
 * each enclosing one, in its message ("Unable to deserialize property 'a' because of: Unable to deserialize
 * property 'b' because of: ..."); that wording is Yasson's, so a failure that does not read that way names no
 * field and stays a malformed body.
 */
final class BindingFailure {

    private static final Pattern PROPERTY =
            Pattern.compile("Unable to deserialize property '([A-Za-z0-9_]{1,64})'" + " because of: ");
    private static final int MAX_DEPTH = JsonBodyCheck.MAX_DEPTH;

    private BindingFailure() {}

    /** The field, as a dotted path, and why its value was refused; empty when no field can be named. */
    static Optional<ErrorBody.Violation> violation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                return violation(cause.getMessage());
            }
        }
        return Optional.empty();
    }

    static Optional<ErrorBody.Violation> violation(String message) {
        Matcher property = PROPERTY.matcher(message);
        List<String> path = new ArrayList<>();
        int end = 0;
        while (path.size() < MAX_DEPTH && property.find(end) && property.start() == end) {
            path.add(property.group(1));
            end = property.end();
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String reason = message.substring(end);
        return Optional.of(new ErrorBody.Violation(
                String.join(".", path),
                reason.startsWith(EnumValues.MUST_BE) ? reason : "is not a valid value for this field"));
    }
}
