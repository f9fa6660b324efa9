package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.List;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/**
 * A claim closed because its child reached majority while a child is not yet of age on the closure day: closing
 * it early would end the pursuit of paternity and support the child is still owed. A claim with no child recorded
 * (some legacy claims) is not refused, since the register cannot tell.
 */
public class ChildNotOfAgeException extends DomainException {

    private ChildNotOfAgeException(String message, Object... arguments) {
        super(ErrorCode.CHILD_NOT_OF_AGE, message, arguments);
    }

    /** Refuses unless every child is of age on {@code on}; names the first child who is not, and when it will be. */
    static void check(List<Child> children, LocalDate on) {
        for (Child child : children) {
            if (!child.ofAgeOn(on)) {
                throw new ChildNotOfAgeException(
                        "child " + child.position() + " comes of age on " + child.majorityOn()
                                + "; the claim cannot be closed as its child reached majority before then",
                        child.position(),
                        child.majorityOn());
            }
        }
    }
}
