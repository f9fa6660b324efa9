package un.vra.claims.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/**
 * A request that carries a body says what it is, once. Without a {@code Content-Type}, JAX-RS takes a body for any
 * type a method consumes, so a JSON body sent with no type (as a cross-site {@code fetch} of a typeless blob can)
 * was read as JSON; so was a type that does not parse ({@code ;;;}), which the JSON checks never saw; and
 * {@code application/json, text/csv} was read as its first part. All are 415 before any method is matched.
 */
@Provider
@PreMatching
public class RequestContentType implements ContainerRequestFilter {

    /** One type and subtype (RFC 9110 tokens, no wildcard), then parameters if any; no list. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("\\s*[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+\\s*(;.*)?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!carriesBody(request)) {
            return;
        }
        List<String> types = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (types == null
                || types.size() != 1
                || !MEDIA_TYPE.matcher(types.get(0)).matches()) {
            throw new DomainException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "A request body needs exactly one Content-Type, such as application/json.");
        }
    }

    /** A body is announced by a length above zero or by a transfer coding. */
    private static boolean carriesBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }
}
