package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Role;
import un.vra.claims.document.AddedDocument;
import un.vra.claims.document.ClaimDocument;
import un.vra.claims.document.DocumentFile;
import un.vra.claims.document.DocumentService;
import un.vra.claims.shared.InvalidInputException;

/**
 * A claim's documents: attaching one (multipart, with {@code If-Match} like every action), listing them, and
 * downloading one. The document service checks the caller's scope and the file; this resource only reads the
 * parts, never more of a file than the size limit and one byte.
 */
@Path("claims/{reference}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class DocumentsResource {

    @EJB
    private DocumentService documents;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(
            @PathParam("reference") String reference,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            List<EntityPart> parts)
            throws IOException {
        long expectedVersion = ClaimActionRequest.expectedVersion(ifMatch);
        EntityPart file = part(parts, "file")
                .orElseThrow(() -> new InvalidInputException(
                        "file", "send the document as the multipart/form-data part named \"file\""));
        byte[] content = readAtMost(file, documents.maxBytes() + 1);
        String fileName = file.getFileName().map(DocumentsResource::utf8).orElse(null);
        Optional<EntityPart> part = part(parts, "description");
        String description = part.isEmpty()
                ? null
                : new String(readAtMost(part.get(), 4L * ClaimDocument.MAX_DESCRIPTION + 4), StandardCharsets.UTF_8);
        Optional<EntityPart> share = part(parts, "shareWithMemberState");
        String sharing = share.isEmpty() ? "false" : new String(readAtMost(share.get(), 6), StandardCharsets.UTF_8);
        if (!"true".equals(sharing) && !"false".equals(sharing)) {
            throw new InvalidInputException("shareWithMemberState", "shareWithMemberState is true or false");
        }
        boolean shared = Boolean.parseBoolean(sharing);
        AddedDocument added = documents.add(reference, expectedVersion, fileName, content, description, shared);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(added.document().id()))
                        .build())
                .tag(new EntityTag(String.valueOf(added.claimVersion())))
                .cacheControl(ClaimsResource.noStore())
                .entity(added.document())
                .build();
    }

    @GET
    public Response list(
            @PathParam("reference") String reference,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("view") String view) {
        return Response.ok(documents.list(reference, QueryParams.page(page, size), SideParam.asMemberState(view)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    /** The bytes under the stored media type, always as an attachment and never to be sniffed as something else. */
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("reference") String reference, @PathParam("id") long id) {
        DocumentFile file = documents.content(reference, id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_LENGTH, file.content().length)
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null
                ? Optional.empty()
                : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    /**
     * The file name as the client wrote it. Browsers and most clients send it as raw UTF-8, which the multipart
     * reader decodes as ISO-8859-1 ("RÃ©sultat"); such a name is read again as UTF-8. A name whose bytes are not
     * valid UTF-8 was really ISO-8859-1 and stays as it is.
     */
    private static String utf8(String fileName) {
        if (fileName.chars().anyMatch(c -> c > 0xFF)) {
            return fileName;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(fileName.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return fileName;
        }
    }

    /** A part's bytes, at most {@code limit} of them: a larger file is refused without being held whole. */
    private static byte[] readAtMost(EntityPart part, long limit) throws IOException {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }
}
