package un.vra.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BindingFailureTest {

    @Test
    void anUnknownEnumValueNamesItsFieldAndTheAllowedValues() {
        ErrorBody.Violation violation = BindingFailure.violation(new ProcessingException(
                        "Error reading entity",
                        new JsonbException("Unable to deserialize property 'claimType' because of: must be one of"
                                + " PATERNITY, SUPPORT")))
                .orElseThrow();
        assertEquals("claimType", violation.field());
        assertEquals("must be one of PATERNITY, SUPPORT", violation.message());
    }

    @Test
    void aNestedFieldIsNamedByItsPathAndAValueOfTheWrongTypeGetsAPlainReason() {
        ErrorBody.Violation violation = BindingFailure.violation("Unable to deserialize property 'allegedFather'"
                        + " because of: Unable to deserialize property 'rotationFrom' because of: Error parsing class"
                        + " java.time.LocalDate from value: 01/02/2024.")
                .orElseThrow();
        assertEquals("allegedFather.rotationFrom", violation.field());
        assertEquals("is not a valid value for this field", violation.message());
    }

    @Test
    void aFailureThatNamesNoPropertyNamesNoField() {
        assertEquals(
                Optional.empty(),
                BindingFailure.violation(new JsonbException("Incorrect position for"
                        + " processing type: class X. Received event: START_ARRAY Allowed: [START_OBJECT]")));
        assertEquals(Optional.empty(), BindingFailure.violation(new ProcessingException("not JSON")));
        assertTrue(
                BindingFailure.violation("Unable to deserialize property 'a b' because of: x")
                        .isEmpty(),
                "a property name that is not a plain identifier is not echoed");
    }
}
