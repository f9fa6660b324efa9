package un.vra.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.ClaimType;

class EnumValuesTest {

    private static Object read(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            parser.next();
            return new EnumValues().deserialize(parser, null, ClaimType.class);
        }
    }

    @Test
    void aKnownValueIsReadAndNullStaysNull() {
        ClaimType first = ClaimType.values()[0];
        assertEquals(first, read("\"" + first.name() + "\""));
        assertNull(read("null"));
    }

    @Test
    void anUnknownValueOrAnotherTypeIsRefusedWithTheAllowedValues() {
        JsonbException unknown = assertThrows(JsonbException.class, () -> read("\"NOPE\""));
        assertEquals(
                EnumValues.MUST_BE
                        + String.join(
                                ", ",
                                Arrays.stream(ClaimType.values())
                                        .map(Enum::name)
                                        .toList()),
                unknown.getMessage());
        assertThrows(JsonbException.class, () -> read("5"));
        assertThrows(
                JsonbException.class,
                () -> read("\"" + ClaimType.values()[0].name().toLowerCase() + "\""));
    }
}
