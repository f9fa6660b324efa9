package un.vra.claims.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation refused the request body: 400 with every invalid field, named as in the JSON. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ErrorBody.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ErrorBody.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorBody.Violation::field))
                .toList();
        return ErrorBody.validation(violations, Texts.of(headers)).toResponse();
    }

    /** The last node of the path: "register.request.receivedOn" becomes "receivedOn"; the body itself "body". */
    private static String field(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name;
    }
}
