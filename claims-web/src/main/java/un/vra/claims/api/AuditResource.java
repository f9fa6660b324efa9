package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditRecord;
import un.vra.claims.audit.AuditService;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.shared.PageResult;

/** The audit trail for auditors: who read which claim's personal data, and sign-ins and refusals. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUDIT)
public class AuditResource {

    @EJB
    private AuditService audit;

    @GET
    @Path("access")
    public PageResult<AuditRecord.Access> access(
            @QueryParam("reference") String reference,
            @QueryParam("user") String user,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return audit.accessLog(
                QueryParams.text(reference),
                QueryParams.text(user),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.page(page, size));
    }

    @GET
    @Path("sign-ins")
    public PageResult<AuditRecord.Security> signIns(
            @QueryParam("outcome") String outcome,
            @QueryParam("user") String user,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return audit.securityEvents(
                QueryParams.enumValue(SecurityEvent.Kind.class, "outcome", outcome),
                QueryParams.text(user),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.page(page, size));
    }
}
