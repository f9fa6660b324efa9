package un.vra.claims.account.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in whose password was right and which waits for a code of the second factor, kept in the session: it is
 * no sign-in yet (the container knows nobody), it lasts five minutes, and five wrong codes end it. While enrolling,
 * it holds the new authenticator's secret, which reaches the account only with a first right code.
 */
public record PendingSignIn(
        long accountId, String username, String newSecret, String setUpUri, Instant startedAt, int wrongCodes)
        implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_WRONG_CODES = 5;

    public boolean enrolling() {
        return newSecret != null;
    }

    boolean expired(Instant now) {
        return startedAt.plus(LIFETIME).isBefore(now) || wrongCodes >= MAX_WRONG_CODES;
    }

    PendingSignIn wrongCode() {
        return new PendingSignIn(accountId, username, newSecret, setUpUri, startedAt, wrongCodes + 1);
    }
}
