package un.vra.claims.claim.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimEvent;
import un.vra.claims.claim.ClaimStatus;

/** One event of a claim's timeline as the API and the pages show it. */
public record TimelineEntry(long id, LocalDate occurredOn, Instant recordedAt, String actor, String actorRole,
                            String onBehalfOf, ClaimAction action, ClaimStatus statusAfter,
                            Map<String, String> details, BigDecimal amount, String currency) implements Serializable {

    static TimelineEntry of(ClaimEvent event) {
        return new TimelineEntry(event.id(), event.occurredOn(), event.recordedAt(), event.actor(), event.actorRole(),
                event.onBehalfOf(), event.action(), event.statusAfter(), details(event.details()), event.amount(),
                event.currency());
    }

    private static Map<String, String> details(String json) {
        Map<String, String> details = new LinkedHashMap<>();
        if (json != null) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                JsonObject object = reader.readObject();
                object.forEach((name, value) -> details.put(name, ((JsonString) value).getString()));
            }
        }
        return details;
    }
}
