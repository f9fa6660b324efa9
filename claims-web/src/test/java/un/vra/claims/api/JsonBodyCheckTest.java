package un.vra.claims.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.DomainException;

class JsonBodyCheckTest {

    private static void check(String body) {
        JsonBodyCheck.check(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String body) {
        return assertTimeoutPreemptively(
                        Duration.ofSeconds(5), () -> assertThrows(DomainException.class, () -> check(body)))
                .code()
                .name();
    }

    @Test
    void aBodyWhoseArraysNeverCloseIsRefusedAtOnceInsteadOfSpinning() {
        assertEquals("MALFORMED_BODY", refusal("{\"text\":\"x\",\"onBehalfOf\":[[[["));
        assertEquals("MALFORMED_BODY", refusal("{\"text\":\"x\",\"extra\":{\"a\":{\"b\":"));
        assertEquals("MALFORMED_BODY", refusal("{\"text\":\"x\"} trailing"));
        assertEquals("MALFORMED_BODY", refusal("{\"text\": nope}"));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedEvenWhenClosed() {
        String deep = "[".repeat(JsonBodyCheck.MAX_DEPTH + 1) + "]".repeat(JsonBodyCheck.MAX_DEPTH + 1);
        assertEquals("MALFORMED_BODY", refusal("{\"a\":" + deep + "}"));
        String allowed = "[".repeat(JsonBodyCheck.MAX_DEPTH - 1) + "]".repeat(JsonBodyCheck.MAX_DEPTH - 1);
        assertDoesNotThrow(() -> check("{\"a\":" + allowed + "}"));
    }

    @Test
    void numbersThatWouldTakeMinutesToConvertAreRefused() {
        assertEquals("MALFORMED_BODY", refusal("{\"amount\":1e999999999}"));
        assertEquals("MALFORMED_BODY", refusal("{\"amount\":1E+00099999}"));
        assertDoesNotThrow(() -> check("{\"amount\":1E+0000000000000000000000000000009}"));
        assertEquals("MALFORMED_BODY", refusal("{\"amount\":" + "9".repeat(100) + "}"));
        assertDoesNotThrow(() -> check("{\"amount\":125.50,\"rate\":1e2,\"small\":-3.5E-7}"));
    }

    @Test
    void theBodiesOfTheApiPassAndABlankOneIsLeftToTheResource() {
        assertDoesNotThrow(() -> check("{\"receivedOn\":\"2024-03-01\",\"claimType\":\"PATERNITY\","
                + "\"children\":[{\"birthYear\":2020,\"sex\":\"FEMALE\"}],\"claimant\":{\"name\":\"A\"}}"));
        assertDoesNotThrow(() -> check("  "));
        assertDoesNotThrow(() -> check(""));
    }

    @Test
    void aBodyIsCutOffAtTheFirstByteBeyondItsLimit() throws IOException {
        byte[] body = new byte[101];
        try (LimitedInputStream exact = new LimitedInputStream(new ByteArrayInputStream(body, 0, 100), 100)) {
            assertEquals(100, exact.readAllBytes().length);
        }
        try (LimitedInputStream over = new LimitedInputStream(new ByteArrayInputStream(body), 100)) {
            assertThrows(BodyTooLargeException.class, over::readAllBytes);
        }
    }
}
