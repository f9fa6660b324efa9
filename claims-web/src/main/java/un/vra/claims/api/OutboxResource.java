package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import un.vra.claims.account.Role;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.MailStatus;
import un.vra.claims.mail.OutboxDelivery;
import un.vra.claims.mail.OutboxFilter;
import un.vra.claims.mail.OutboxService;
import un.vra.claims.mail.OutboxView;
import un.vra.claims.reminder.ReminderJob;
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

    /** The days a run of the reminder job did: none when they were all done, or another server holds the job. */
    public record ReminderRun(List<LocalDate> days) {}

    /** How many mails a round of the sender tried. */
    public record DeliveryRound(int tried) {}

    @EJB
    private OutboxService outbox;

    @EJB
    private ReminderJob reminders;

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
    public ReminderRun runReminders() {
        return new ReminderRun(reminders.runDueDays());
    }

    @POST
    @Path("deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeliveryRound deliver() {
        return new DeliveryRound(delivery.deliverDue());
    }
}
