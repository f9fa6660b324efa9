package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The register read page after page by its cursor: every claim once, whatever is added meanwhile. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterPagingIT {

    private final ApiClient officer = ApiClient.as("vra.officer");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void keysetPagesReturnEveryClaimExactlyOnceWhileClaimsAreAdded() {
        String tag = "SEA-K" + System.nanoTime() % 100000000;
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            before.add(register(tag, "2023-0" + (1 + i % 3) + "-15"));
        }
        List<String> seen = new ArrayList<>();
        List<String> receivedOrder = new ArrayList<>();
        Set<String> addedLater = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = officer.get("/claims/api/claims?size=5&sort=received&q=" + tag
                            + (after == null ? "" : "&after=" + after))
                    .json();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                seen.add(item.getString("reference"));
                receivedOrder.add(item.getString("receivedOn"));
            }
            after = page.getString("next", null);
            addedLater.add(register(tag, "2022-12-3" + (pages % 2)));
            addedLater.add(register(tag, "2023-0" + (1 + pages % 3) + "-15"));
            addedLater.add(register(tag, "2023-04-0" + (1 + pages)));
            pages++;
        } while (after != null && pages < 20);

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no claim twice: " + seen);
        assertTrue(seen.containsAll(before), "every claim there at the start: " + seen);
        assertTrue(seen.stream().allMatch(reference -> before.contains(reference) || addedLater.contains(reference)));
        assertEquals(receivedOrder.stream().sorted().toList(), receivedOrder, "in the order of the day received");
        assertFalse(
                receivedOrder.stream().anyMatch(day -> day.startsWith("2022")),
                "a claim added behind the cursor is not read");
        assertTrue(
                receivedOrder.contains("2023-04-01") && receivedOrder.contains("2023-04-02"),
                "claims added ahead of the cursor are read");
    }

    @Test
    void pagesByNumberStillWorkAndCarryTheirCursor() {
        String tag = "SEA-N" + System.nanoTime() % 100000000;
        for (int i = 0; i < 7; i++) {
            register(tag, "2021-05-1" + i);
        }
        JsonObject first =
                officer.get("/claims/api/claims?size=5&sort=received&q=" + tag).json();
        JsonObject second = officer.get("/claims/api/claims?size=5&page=1&sort=received&q=" + tag)
                .json();
        JsonObject byCursor = officer.get(
                        "/claims/api/claims?size=5&sort=received&q=" + tag + "&after=" + first.getString("next"))
                .json();
        assertEquals(7, second.getInt("total"));
        assertFalse(second.getBoolean("totalCapped"));
        assertEquals(second.getJsonArray("items"), byCursor.getJsonArray("items"));
        assertNull(byCursor.getString("next", null), "the last page has no next cursor");
        assertEquals(
                400,
                officer.get("/claims/api/claims?sort=received&after=nonsense").status());
        assertEquals(
                400,
                officer.get("/claims/api/claims?sort=notified&after=2021-05-10_1")
                        .status());
    }

    private String register(String tag, String receivedOn) {
        return officer.register(ClaimsApiIT.NEPAL_CLAIM
                .replace("2024-03-01", receivedOn)
                .replace("\"mission\"", "\"allegationReference\":\"" + tag + "\",\"mission\""));
    }
}
