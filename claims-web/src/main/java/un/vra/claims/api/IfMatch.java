package un.vra.claims.api;

import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

/**
 * The version a client saw, from {@code If-Match: "7"} (weak tags too): every change of a versioned record sends
 * it, a change without it is refused (428), and the record refuses a version that is no longer its own (412).
 */
final class IfMatch {

    private IfMatch() {}

    /** The version in the header; {@code of} names the record in the refusals, such as "the claim". */
    static long version(String ifMatch, String of) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(
                    ErrorCode.PRECONDITION_REQUIRED, "send If-Match with " + of + "'s version (its ETag) to change it");
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must carry " + of + "'s ETag, such as \"3\"");
        }
    }
}
