package un.vra.claims.claim;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;

/** The details of an event as a small JSON object; absent values are left out. */
public final class EventDetails {

    private final JsonObjectBuilder json = Json.createObjectBuilder();
    private boolean empty = true;

    public static EventDetails of() {
        return new EventDetails();
    }

    public EventDetails with(String name, Object value) {
        if (value != null) {
            json.add(name, Objects.toString(value));
            empty = false;
        }
        return this;
    }

    String toJson() {
        return empty ? null : json.build().toString();
    }
}
