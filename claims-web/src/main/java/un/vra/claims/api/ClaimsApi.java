package un.vra.claims.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of the claim register, under {@code /claims/api}; every client signs in with HTTP Basic. */
@ApplicationPath("api")
public class ClaimsApi extends Application {
}
