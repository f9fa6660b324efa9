package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import un.vra.claims.jobs.BackgroundJobs;
import un.vra.claims.metrics.MeasureJobs;
import un.vra.claims.metrics.MeasureService;
import un.vra.claims.shared.NotFoundException;

/**
 * The maintained measures (issue 13), for VRA administrators: rebuild them from the claims' state periods, and
 * check that they have not drifted from them. Both read every period, minutes on a large register, so each runs in
 * the background: the POST answers {@code 202} with the job's address, followed by GET until {@code DONE}. One of
 * each runs at a time: a POST while one runs is {@code 409 JOB_RUNNING}, with that one's address.
 */
@Path("admin/aggregates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AggregatesResource {

    @EJB
    private MeasureJobs jobs;

    @Context
    private UriInfo uri;

    /** Starts writing every maintained row anew from the state periods, in one transaction. */
    @POST
    @Path("rebuilds")
    public Response startRebuild() {
        BackgroundJobs.Job<MeasureService.Rebuild> started = jobs.startRebuild();
        return Accepted.at(uri, started.id(), started);
    }

    /** Where a rebuild stands: its figures once {@code DONE}. */
    @GET
    @Path("rebuilds/{id}")
    public BackgroundJobs.Job<MeasureService.Rebuild> rebuild(@PathParam("id") String id) {
        return jobs.rebuild(id).orElseThrow(() -> new NotFoundException("no such rebuild on this server"));
    }

    /**
     * Starts looking for the stored rows that differ from the periods, and the figures as of {@code asOf} that differ
     * from a count.
     */
    @POST
    @Path("drift-checks")
    public Response startDriftCheck(@QueryParam("asOf") String asOf, @QueryParam("memberState") String memberState) {
        BackgroundJobs.Job<MeasureService.Drift> started =
                jobs.startDriftCheck(QueryParams.date("asOf", asOf), QueryParams.text(memberState));
        return Accepted.at(uri, started.id(), started);
    }

    /** Where a drift check stands: the drift it found once {@code DONE}. */
    @GET
    @Path("drift-checks/{id}")
    public BackgroundJobs.Job<MeasureService.Drift> driftCheck(@PathParam("id") String id) {
        return jobs.driftCheck(id).orElseThrow(() -> new NotFoundException("no such drift check on this server"));
    }
}
