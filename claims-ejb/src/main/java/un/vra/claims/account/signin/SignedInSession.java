package un.vra.claims.account.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in on this HTTP session, with the groups of their role, when, and when their credentials were last
 * checked, kept in the session. Idle sessions end after 30 minutes (web.xml); any session ends 8 hours after
 * sign-in, and when the account's credentials changed after they were checked (a password changed or reset
 * elsewhere, a second factor reset).
 */
record SignedInSession(String username, Set<String> groups, Instant signedInAt, Instant credentialsCheckedAt)
        implements Serializable {

    static final String ATTRIBUTE = SignedInSession.class.getName();
    static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(8);

    boolean expired(Instant now) {
        return signedInAt.plus(ABSOLUTE_TIMEOUT).isBefore(now);
    }

    SignedInSession checkedAgain(Instant at) {
        return new SignedInSession(username, groups, signedInAt, at);
    }
}
