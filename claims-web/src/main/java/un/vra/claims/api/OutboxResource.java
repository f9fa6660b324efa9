package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import un.vra.claims.account.Role;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.MailStatus;
import un.vra.claims.mail.OutboxDelivery;
import un.vra.claims.mail.OutboxFilter;
import un.vra.claims.mail.OutboxService;
import un.vra.claims.mail.OutboxView;
import un.vra.claims.reminder.ReminderRuns;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageResult;

/**
 * The mail outbox for VRA administrators: what was sent, what waits and why, and the daily reminder job and the
 * sender run on demand (each also runs by itself).
 */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class OutboxResource {

    /** How many mails a round of the sender tried. */
    public record DeliveryRound(int tried) {}

    @EJB
    private OutboxService outbox;

    @EJB
    private ReminderRuns reminders;

    @Context
    private UriInfo uriInfo;

    @EJB
    private OutboxDelivery delivery;

    @GET
    public PageResult<OutboxView> list(
            @QueryParam("status") String status,
            @QueryParam("memberState") String memberState,
            @QueryParam("kind") String kind,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return outbox.page(
                new OutboxFilter(
                        QueryParams.enumValue(MailStatus.class, "status", status),
                        QueryParams.text(memberState),
                        QueryParams.enumValue(MailKind.class, "kind", kind),
                        QueryParams.date("from", from),
                        QueryParams.date("to", to)),
                QueryParams.page(page, size));
    }

    @POST
    @Path("reminder-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response runReminders() {
        ReminderRuns.Status started = reminders.start();
        return Accepted.at(uriInfo, started.id(), started);
    }

    /** Where a run started on demand stands: the days it did once {@code DONE}. */
    @GET
    @Path("reminder-runs/{id}")
    public ReminderRuns.Status reminderRun(@PathParam("id") String id) {
        return reminders.status(id).orElseThrow(() -> new NotFoundException("no such reminder run on this server"));
    }

    @POST
    @Path("deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeliveryRound deliver() {
        return new DeliveryRound(delivery.deliverDue());
    }
}
