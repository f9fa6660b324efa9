package un.vra.claims.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.encryption.EncryptionService;
import un.vra.claims.encryption.EncryptionStatus;
import un.vra.claims.encryption.KeyRing;

/** The encryption keys, for VRA administrators: the state of each key, the online rotation, key retirement. */
@Path("admin/encryption")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EncryptionResource {

    /** Re-encrypt every value under this key, which is current from now on. */
    public record Rotation(
            @NotNull @Min(1) @Max(KeyRing.MAX_KEY_ID) Integer targetKeyId) {}

    @EJB
    private EncryptionService encryption;

    @GET
    @Path("rotation")
    public EncryptionStatus status() {
        return encryption.status();
    }

    /** Accepted: the rotation runs in the background; the answer is the rotation as it starts. Follow it with GET. */
    @POST
    @Path("rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rotate(@NotNull @Valid Rotation rotation) {
        return Response.accepted(encryption.rotate(rotation.targetKeyId())).build();
    }

    @POST
    @Path("keys/{keyId}/retire")
    public EncryptionStatus retire(@PathParam("keyId") String keyId) {
        return encryption.retire(QueryParams.number("keyId", keyId, 0));
    }
}
