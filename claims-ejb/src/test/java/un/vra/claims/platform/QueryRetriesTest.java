package un.vra.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class QueryRetriesTest {

    @Test
    void aQueryRetriesThreeTimesOneSecondApartInsteadOfFiveSeconds() {
        DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();

        new QueryRetries().customize(session);

        assertEquals(3, session.getLogin().getQueryRetryAttemptCount());
        assertEquals(1_000, session.getLogin().getDelayBetweenConnectionAttempts());
    }
}
