package un.vra.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.TransitionNotAllowedException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.StaleVersionException;

class ErrorBodyTest {

    @Test
    void aRefusalKeepsTheDomainsExplanationAsDetailBesideTheCodesMessage() {
        ErrorBody body =
                ErrorBody.of(new StaleVersionException("claim X was changed by someone else"), Texts.english());
        assertEquals(ErrorCode.STALE_VERSION, body.code());
        assertEquals("Someone else changed this claim meanwhile. Reload it and try again.", body.message());
        assertEquals("claim X was changed by someone else", body.detail());
    }

    @Test
    void theMessageIsInTheCallersLanguageAndEnglishOtherwise() {
        DomainException refused =
                new TransitionNotAllowedException("no", ClaimStatus.CLOSED, Set.of(ClaimAction.REOPEN));
        assertEquals(
                Set.of(ClaimAction.REOPEN),
                ErrorBody.of(refused, Texts.english()).allowedActions());
        String french = ErrorBody.of(refused, Texts.forLanguages(List.of(Locale.GERMAN, Locale.FRANCE)))
                .message();
        String english = ErrorBody.of(refused, Texts.forLanguages(List.of(Locale.GERMAN)))
                .message();
        assertEquals(true, french.startsWith("Ce n'est pas permis"), french);
        assertEquals(true, english.startsWith("This is not allowed"), english);
    }

    @Test
    void invalidInputNamesItsFieldWithTheRuleItBroke() {
        ErrorBody body =
                ErrorBody.of(new InvalidInputException("amount", "the amount must be more than zero"), Texts.english());
        assertEquals(
                List.of(new ErrorBody.Violation("amount", "the amount must be more than zero")), body.violations());
        assertEquals("The request is not valid: check amount.", body.message());
        assertNull(body.detail());
    }

    @Test
    void aValueThatDoesNotFitItsFieldIsAValidationFailureAndBrokenJsonStaysMalformed() {
        Response wrongType = ErrorBody.unreadable(
                new JsonbException("Unable to deserialize property 'amount'"
                        + " because of: Error deserialize JSON value into type: class java.math.BigDecimal."),
                Texts.english());
        assertEquals(400, wrongType.getStatus());
        assertEquals(ErrorCode.VALIDATION, ((ErrorBody) wrongType.getEntity()).code());
        assertEquals(
                "amount",
                ((ErrorBody) wrongType.getEntity()).violations().get(0).field());

        Response broken =
                ErrorBody.unreadable(new JsonbException("Internal error: Invalid token=EOF"), Texts.english());
        assertEquals(400, broken.getStatus());
        assertEquals(ErrorCode.MALFORMED_BODY, ((ErrorBody) broken.getEntity()).code());

        Response cut = ErrorBody.unreadable(new JsonbException("x", new BodyTooLargeException(10)), Texts.english());
        assertEquals(413, cut.getStatus());
        assertEquals("The request body is larger than 10 bytes.", ((ErrorBody) cut.getEntity()).message());
    }
}
