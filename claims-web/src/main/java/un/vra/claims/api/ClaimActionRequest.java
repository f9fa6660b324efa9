package un.vra.claims.api;

import static un.vra.claims.shared.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.util.Arrays;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.Lifecycle;
import un.vra.claims.shared.InvalidInputException;

/**
 * Reads the body of {@code POST .../actions/{ACTION}} into the action's command, and the optional
 * {@code onBehalfOf} that any action may carry; and the version the client saw from {@code If-Match}.
 */
final class ClaimActionRequest {

    private static final Jsonb JSONB = RequestJsonb.create();

    private ClaimActionRequest() {}

    /** The action named in the path, provided the lifecycle table takes it as a command with its input. */
    static ClaimAction action(String name) {
        return Arrays.stream(ClaimAction.values())
                .filter(action -> action.name().equals(name) && Lifecycle.takenAsCommand(action))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("action", "not an action on a claim: " + name));
    }

    /** The body read into the input record the action's row names; a JSON {@code null} is no command. */
    static ClaimCommand command(ClaimAction action, String body) {
        ClaimCommand command =
                JSONB.fromJson(json(body), Lifecycle.row(action).orElseThrow().input());
        if (command == null) {
            throw new InvalidInputException("body", "the body must be a JSON object");
        }
        return command;
    }

    static String onBehalfOf(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(json(body)))) {
            JsonObject object = reader.readObject();
            String value = object.containsKey("onBehalfOf") && !object.isNull("onBehalfOf")
                    ? object.getString("onBehalfOf")
                    : null;
            if (value != null && value.length() > 100) {
                throw new InvalidInputException("onBehalfOf", "at most 100 characters");
            }
            return value;
        } catch (JsonException | ClassCastException e) {
            throw new InvalidInputException("body", "the body must be a JSON object");
        }
    }

    /** The version in {@code If-Match: "7"} (weak tags too); an action without it is refused. */
    static long expectedVersion(String ifMatch) {
        return IfMatch.version(ifMatch, "the claim");
    }

    private static String json(String body) {
        return body == null || body.isBlank() ? "{}" : body;
    }
}
