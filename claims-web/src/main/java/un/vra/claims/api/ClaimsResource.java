package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.application.ClaimDetails;
import un.vra.claims.claim.application.ClaimFile;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.claim.application.ClaimSummary;
import un.vra.claims.claim.application.TimelineEntry;
import un.vra.claims.export.ClaimFilePdf;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.ExportService;
import un.vra.claims.metrics.RegisterService;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Registering, listing, reading and acting on claims. Who may see and do what is decided by the claim service.
 * One instance serves every request (it keeps nothing of a request: what a request needs comes as a parameter):
 * created for each request, it cost 8 % of the CPU of a claim's read (JFR, 32 clients).
 */
@Path("claims")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class ClaimsResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY_FORMAT =
            java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @EJB
    private ClaimService claims;

    @EJB
    private RegisterService register;

    @EJB
    private ExportService exports;

    @Inject
    private Validator validator;

    @RetriedAfterDeadlock
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response register(
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context UriInfo uriInfo,
            @NotNull @Valid RegisterClaimRequest request) {
        ClaimService.Registration registration = claims.register(request.toNewClaim(), wellFormed(idempotencyKey));
        ClaimDetails claim = registration.claim();
        return replayedIf(
                        registration.replayed(),
                        Response.created(uriInfo.getAbsolutePathBuilder()
                                        .path(claim.reference())
                                        .build())
                                .tag(etag(claim))
                                .cacheControl(noStore())
                                .entity(claim))
                .build();
    }

    private static String wellFormed(String idempotencyKey) {
        if (idempotencyKey != null
                && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(
                    IDEMPOTENCY_KEY, "an Idempotency-Key is 1 to 100 letters, digits, '-', '_', '.' or ':'");
        }
        return idempotencyKey;
    }

    private static Response.ResponseBuilder replayedIf(boolean replayed, Response.ResponseBuilder answer) {
        return replayed ? answer.header(IDEMPOTENT_REPLAYED, "true") : answer;
    }

    /** The claims that are probably the one described, before it is registered; nothing is stored. */
    @POST
    @Path("duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response duplicates(@NotNull @Valid RegisterClaimRequest request) {
        return Response.ok(new Duplicates(claims.probableDuplicates(request.toNewClaim())))
                .cacheControl(noStore())
                .build();
    }

    /** The answer of the duplicate check: references, newest first. */
    public record Duplicates(List<String> probableDuplicates) {}

    @GET
    public Response list(
            @BeanParam ClaimListParams params,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("after") String after) {
        PageRequest request = QueryParams.page(page, size);
        PageResult<ClaimSummary> result =
                register.list(params.filter(), new PageRequest(request.page(), request.size(), after), params.sort());
        return Response.ok(result).cacheControl(noStore()).build();
    }

    /**
     * The register as filtered, as a CSV, XLSX or PDF file, in the order claims were registered; the columns
     * and values are in the first of the request's languages the application speaks.
     */
    @GET
    @Path("export")
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
        MediaType.APPLICATION_JSON
    })
    public Response export(
            @BeanParam ClaimListParams params, @QueryParam("format") String format, @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.parse(format == null ? "csv" : format);
        ClaimFilter filter = params.filter();
        ResourceBundle texts = Texts.forLanguages(headers.getAcceptableLanguages());
        StreamingOutput file = out -> exports.register(filter, chosen, texts, out);
        return Response.ok(file, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName("claims") + "\"")
                .cacheControl(noStore())
                .build();
    }

    /** One claim's file as PDF: what the caller may read of it, in the caller's language (Accept-Language). */
    @GET
    @Path("{reference}/file.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response claimFile(
            @PathParam("reference") String reference, @QueryParam("view") String view, @Context HttpHeaders headers) {
        ClaimFile read = claims.fileForPdf(reference, SideParam.asMemberState(view))
                .orElseThrow(() -> new NotFoundException("no claim " + reference));
        ResourceBundle texts = Texts.of(headers);
        StreamingOutput file = out -> ClaimFilePdf.write(read.claim(), read.timeline(), texts, out);
        return Response.ok(file, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + read.claim().reference() + ".pdf\"")
                .cacheControl(noStore())
                .build();
    }

    @GET
    @Path("{reference}")
    public Response find(@PathParam("reference") String reference, @QueryParam("view") String view) {
        ClaimDetails claim = claims.find(reference, SideParam.asMemberState(view))
                .orElseThrow(() -> new NotFoundException("no claim " + reference));
        return Response.ok(claim).tag(etag(claim)).cacheControl(noStore()).build();
    }

    @GET
    @Path("{reference}/timeline")
    public Response timeline(@PathParam("reference") String reference, @QueryParam("view") String view) {
        List<TimelineEntry> events = claims.timeline(reference, SideParam.asMemberState(view));
        return Response.ok(new Timeline(reference, events))
                .cacheControl(noStore())
                .build();
    }

    @RetriedAfterDeadlock
    @POST
    @Path("{reference}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response act(
            @PathParam("reference") String reference,
            @PathParam("action") String actionName,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            String body) {
        ClaimAction action = ClaimActionRequest.action(actionName);
        long expectedVersion = ClaimActionRequest.expectedVersion(ifMatch);
        ClaimCommand command = ClaimActionRequest.command(action, body);
        Set<ConstraintViolation<ClaimCommand>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ClaimService.Acted acted = claims.act(
                reference, expectedVersion, command, ClaimActionRequest.onBehalfOf(body), wellFormed(idempotencyKey));
        ClaimDetails claim = acted.claim();
        return replayedIf(acted.replayed(), Response.ok(claim).tag(etag(claim)).cacheControl(noStore()))
                .build();
    }

    /**
     * Corrects a child's year of birth and its date where known, with the claim's version as If-Match like every
     * action; the VRA's alone, but checked by the service after the claim's scope, so that a focal point gets 404
     * for another State's claim like everywhere else, and 403 for its own. Answers with the claim and its new ETag.
     */
    @RetriedAfterDeadlock
    @PUT
    @Path("{reference}/children/{child}/birth")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correctChildBirth(
            @PathParam("reference") String reference,
            @PathParam("child") String child,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChildBirthRequest request) {
        long expectedVersion = ClaimActionRequest.expectedVersion(ifMatch);
        int position = ChildBirthRequest.position(child);
        ChildBirthRequest body = request == null ? new ChildBirthRequest(null, null) : request;
        ClaimDetails claim = claims.correctChildBirth(reference, expectedVersion, position, body.year(), body.date());
        return Response.ok(claim).tag(etag(claim)).cacheControl(noStore()).build();
    }

    private static EntityTag etag(ClaimDetails claim) {
        return new EntityTag(String.valueOf(claim.version()));
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
