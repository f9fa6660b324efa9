package un.vra.claims.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import un.vra.claims.claim.TransitionNotAllowedException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.InvalidInputException;

/** A rule of the domain said no: invalid input is 400, a refused transition 409 with the allowed actions. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return ErrorBody.validation(List.of(new ErrorBody.Violation(invalid.field(), invalid.getMessage())))
                    .toResponse(Response.Status.BAD_REQUEST);
        }
        if (e instanceof TransitionNotAllowedException refused) {
            return new ErrorBody(refused.code(), refused.getMessage(), null, refused.allowedActions())
                    .toResponse(Response.Status.CONFLICT);
        }
        return ErrorBody.of(e.code(), e.getMessage()).toResponse(Response.Status.CONFLICT);
    }
}
