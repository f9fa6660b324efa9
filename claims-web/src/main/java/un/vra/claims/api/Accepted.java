package un.vra.claims.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The answer to a request that started work in the background: {@code 202 Accepted}, where the work stands in the
 * body, and {@code Location} the address to follow it at, the collection's address and the work's id.
 */
final class Accepted {

    private Accepted() {}

    static Response at(UriInfo uri, String id, Object status) {
        return Response.accepted(status).location(location(uri, id)).build();
    }

    /** The address of the work {@code id} in the collection the request was sent to. */
    static URI location(UriInfo uri, String id) {
        return uri.getAbsolutePathBuilder().path(id).build();
    }
}
