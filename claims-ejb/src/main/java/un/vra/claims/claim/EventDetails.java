package un.vra.claims.claim;

import static un.vra.claims.shared.JsonProviders.JSON;

import jakarta.json.JsonObjectBuilder;
import java.util.Objects;

/**
 * What an action says about itself on the timeline: its details as a small JSON object (absent values are left
 * out), the sum of money it moved, if any, and whom it is for when its author chose that rather than the default.
 */
public final class EventDetails {

    private final JsonObjectBuilder json = JSON.createObjectBuilder();
    private boolean empty = true;
    private Money money;
    private Audience audience;
    private AssistanceKind assistanceKind;

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

    EventDetails money(Money sum) {
        money = sum;
        return this;
    }

    /** The Trust Fund's interim assistance: its sum and what it pays for, kept beside the sum to be totalled. */
    EventDetails assistance(Money sum, AssistanceKind kind) {
        money = sum;
        assistanceKind = kind;
        return with("kind", kind);
    }

    AssistanceKind assistanceKind() {
        return assistanceKind;
    }

    EventDetails audience(Audience chosen) {
        audience = chosen;
        return this;
    }

    String toJson() {
        return empty ? null : json.build().toString();
    }

    Money money() {
        return money;
    }

    /** Whom the event is for: as its author chose, else as the lifecycle says for the action and the author. */
    Audience audience(ClaimAction action, Actor author) {
        return audience != null ? audience : Audience.byDefault(action, author);
    }
}
