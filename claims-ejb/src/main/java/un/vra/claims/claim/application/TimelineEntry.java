package un.vra.claims.claim.application;

import static un.vra.claims.shared.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimEvent;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.DnaSubject;
import un.vra.claims.claim.IdentityDocument;

/**
 * One event of a claim's timeline as the API and the pages show it to one side. {@code occurredOn} is the day
 * the step is said to have happened, {@code recordedAt} the moment it was recorded; {@code recordedLate} says
 * that a State's step was declared more than {@value #LATE_RECORDING_DAYS} days before it was recorded, which
 * the VRA should look at (the State's responsiveness is measured by the recorded day).
 */
public record TimelineEntry(
        Long id,
        LocalDate occurredOn,
        Instant recordedAt,
        boolean recordedLate,
        String actor,
        String actorRole,
        String onBehalfOf,
        ClaimAction action,
        ClaimStatus statusAfter,
        Audience audience,
        Map<String, String> details,
        BigDecimal amount,
        String currency)
        implements Serializable {

    /** A declared day this long before the recording is flagged to the VRA. */
    public static final int LATE_RECORDING_DAYS = 30;

    static TimelineEntry of(ClaimEvent event, Side side) {
        Map<String, String> details = details(event.details());
        if (side == Side.MEMBER_STATE) {
            details = forMemberState(event.action(), details);
        }
        long daysLate = ChronoUnit.DAYS.between(
                event.occurredOn(), event.recordedAt().atZone(ZoneOffset.UTC).toLocalDate());
        boolean late = Actor.MEMBER_STATE_ROLE.equals(event.actorRole()) && daysLate > LATE_RECORDING_DAYS;
        return new TimelineEntry(
                event.id(),
                event.occurredOn(),
                event.recordedAt(),
                late,
                side.actor(event.actor(), event.actorRole()),
                side.actorRole(event.actorRole()),
                side == Side.UN ? event.onBehalfOf() : null,
                event.action(),
                event.statusAfter(),
                event.audience(),
                details,
                event.amount(),
                event.currency());
    }

    /**
     * What a shared event's details tell the State: a sample's record without the collector's name, and without
     * the place unless it is the alleged father's sample; the identity check only as a kind of document.
     */
    private static Map<String, String> forMemberState(ClaimAction action, Map<String, String> details) {
        if (action != ClaimAction.RECORD_SAMPLE_COLLECTION) {
            return details;
        }
        Map<String, String> shown = new LinkedHashMap<>(details);
        shown.remove("collectedBy");
        if (!DnaSubject.ALLEGED_FATHER.name().equals(details.get("subject"))) {
            shown.remove("place");
        }
        String check = details.get("identityCheck");
        if (check != null
                && Arrays.stream(IdentityDocument.values())
                        .noneMatch(kind -> kind.name().equals(check))) {
            shown.remove("identityCheck");
        }
        return shown;
    }

    /** The day, in UTC, the event was recorded. */
    public LocalDate recordedOn() {
        return recordedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Map<String, String> details(String json) {
        Map<String, String> details = new LinkedHashMap<>();
        if (json != null) {
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                JsonObject object = reader.readObject();
                object.forEach((name, value) -> details.put(name, ((JsonString) value).getString()));
            }
        }
        return details;
    }
}
