package un.vra.claims.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The API's JSON-B: the defaults, and enums read so that an unknown value names its field. */
@Provider
public class RequestJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = create();

    /** A JSON-B for anything that binds a request body itself. */
    static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withDeserializers(new EnumValues()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
