package un.vra.claims.account.signin;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this HTTP session, with the groups the identity store gave, kept in the session. */
record SignedInSession(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SignedInSession.class.getName();
}
