package un.vra.claims.account;

import java.time.Duration;
import java.util.List;

/** What a sign-in step concluded; the sign-in mechanism turns each into its answer for a page or the API. */
public sealed interface SignInOutcome {

    /** Too many failures: the attempt was refused without looking at what it sent. */
    record Throttled(Duration retryAfter) implements SignInOutcome {}

    /** Wrong credentials (or an unknown or inactive account): the same answer whichever it was. */
    record Refused() implements SignInOutcome {}

    /** The password is right, but this account signs in to the API with a personal token only. */
    record TokenRequired() implements SignInOutcome {}

    /**
     * The password is right; a code of the account's authenticator must follow. When the account has none yet,
     * {@code newSecret} is the one to enrol, and {@code setUpUri} the address an authenticator app reads.
     */
    record SecondFactorRequired(long accountId, String username, String newSecret, String setUpUri)
            implements SignInOutcome {

        public boolean enrolling() {
            return newSecret != null;
        }
    }

    /** Signed in. {@code recoveryCodes} are the codes issued by this very sign-in (an enrolment), else empty. */
    record SignedIn(String username, Role role, boolean passwordChangeRequired, List<String> recoveryCodes)
            implements SignInOutcome {}
}
