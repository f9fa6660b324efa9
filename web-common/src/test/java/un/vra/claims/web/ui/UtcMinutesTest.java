package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcMinutesTest {

    private final UtcMinutes converter = new UtcMinutes();

    @Test
    void anInstantReadsToTheMinuteInUtc() {
        assertEquals(
                "2026-12-02 15:28 UTC",
                converter.getAsString(null, null, Instant.parse("2026-12-02T15:28:15.205440Z")));
        assertEquals("", converter.getAsString(null, null, null));
    }

    @Test
    void whatItShowsReadsBackAndAnythingElseIsRefused() {
        assertEquals(Instant.parse("2026-12-02T15:28:00Z"), converter.getAsObject(null, null, "2026-12-02 15:28 UTC"));
        assertNull(converter.getAsObject(null, null, " "));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "2026-12-02T15:28:15Z"));
    }
}
