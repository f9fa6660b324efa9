package un.vra.claims.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The REST API of the claim register, under {@code /claims/api}. Resources are found by scanning; Jersey's
 * role filter is added so that {@code @RolesAllowed} on a resource refuses a caller before its body is read
 * (the services check the roles again).
 */
@ApplicationPath("api")
public class ClaimsApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(ServerProperties.PROVIDER_CLASSNAMES, RolesAllowedDynamicFeature.class.getName());
    }
}
