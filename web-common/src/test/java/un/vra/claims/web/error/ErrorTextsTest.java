package un.vra.claims.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.TransitionNotAllowedException;
import un.vra.claims.contact.ConsentKind;
import un.vra.claims.contact.ConsentWithdrawnException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.RateLimitedException;
import un.vra.claims.shared.StaleVersionException;

class ErrorTextsTest {

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                ErrorTexts.BUNDLE,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Closing a received claim, refused with the actions allowed instead. */
    private static DomainException refusedClose() {
        return new TransitionNotAllowedException(
                "CLOSE is not allowed",
                ClaimStatus.RECEIVED,
                Set.of(ClaimAction.NOTIFY_MEMBER_STATE, ClaimAction.ADD_COMMENT));
    }

    @Test
    void everyCodeHasAMessageInEveryLanguage() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.FRENCH}) {
            for (ErrorCode code : ErrorCode.values()) {
                String message = ErrorTexts.message(code, texts(locale), 1, 2.5);
                assertFalse(message.isBlank(), code + " in " + locale);
                assertFalse(message.contains("{"), code + " in " + locale + ": " + message);
            }
            for (ConsentKind kind : ConsentKind.values()) {
                assertTrue(texts(locale).containsKey("error.ConsentKind." + kind), kind + " in " + locale);
            }
        }
    }

    @Test
    void aRefusedTransitionNamesTheStateAndTheAllowedActionsInTheReadersLanguage() {
        DomainException refused = refusedClose();
        assertEquals(
                "This is not allowed on a claim that is Received. Allowed now: Add a comment, Notify the"
                        + " Member State.",
                ErrorTexts.message(refused, texts(Locale.ROOT)));
        assertEquals(
                "Ce n'est pas permis pour une demande à l'état « Reçue ». Permis maintenant\u00a0: "
                        + texts(Locale.FRENCH).getString("action.ADD_COMMENT") + ", "
                        + texts(Locale.FRENCH).getString("action.NOTIFY_MEMBER_STATE") + ".",
                ErrorTexts.message(refused, texts(Locale.FRENCH)));
    }

    @Test
    void aWithdrawnConsentSaysWhichAndSinceWhen() {
        DomainException refused = new ConsentWithdrawnException(ConsentKind.BE_CONTACTED, LocalDate.of(2024, 6, 1));
        assertEquals(
                "The claimant withdrew her consent to be contacted on 2024-06-01: nothing that needs it can be"
                        + " recorded from that day on.",
                ErrorTexts.message(refused, texts(Locale.ROOT)));
        assertTrue(ErrorTexts.message(refused, texts(Locale.FRENCH))
                .startsWith("La plaignante a retiré son consentement à être contactée le 2024-06-01"));
    }

    @Test
    void numbersAreFormattedAsTheLanguageWritesThem() {
        DomainException limited = new RateLimitedException("wait", 42);
        assertTrue(ErrorTexts.message(limited, texts(Locale.ROOT)).endsWith("try again in 42 seconds."));
        assertTrue(ErrorTexts.message(limited, texts(Locale.FRENCH)).endsWith("réessayez dans 42 secondes."));
    }

    @Test
    void englishPagesShowTheRuleAnInputBrokeAndOtherLanguagesTheirOwnMessageNamingTheField() {
        DomainException invalid = new InvalidInputException("initialPassword", "a password has at least 12 characters");
        assertEquals(
                "a password has at least 12 characters",
                RefusalMessages.text(invalid, texts(Locale.ROOT), Locale.ENGLISH));
        assertEquals(
                "La requête n'est pas valable\u00a0: vérifiez initialPassword.",
                RefusalMessages.text(invalid, texts(Locale.FRENCH), Locale.FRENCH));
        DomainException labelled = new InvalidInputException("reason", "is not a valid value");
        assertEquals(
                "Reason: is not a valid value", RefusalMessages.text(labelled, texts(Locale.ROOT), Locale.ENGLISH));
        assertEquals(
                "La requête n'est pas valable\u00a0: vérifiez Motif.",
                RefusalMessages.text(labelled, texts(Locale.FRENCH), Locale.FRENCH));
        DomainException gone = new NotFoundException("no claim X");
        assertEquals("Introuvable.", RefusalMessages.text(gone, texts(Locale.FRENCH), Locale.FRENCH));
        assertEquals("Not found.", RefusalMessages.text(gone, texts(Locale.ROOT), Locale.ENGLISH));
    }

    @Test
    void aConflictOnAStatesEntryOfLawSpeaksOfTheEntryNotOfAClaimInEveryLanguage() {
        DomainException law = new StaleVersionException("stateLaw", "the entry of NPL is at version 3, not 2");
        DomainException claim = new StaleVersionException("claim CL-1 was changed by someone else");
        assertEquals(
                "Someone else changed this State's entry of national law meanwhile. Reload the entry and make your"
                        + " change again.",
                ErrorTexts.message(law, texts(Locale.ROOT)));
        assertEquals(
                "Someone else changed this claim meanwhile. Reload it and try again.",
                ErrorTexts.message(claim, texts(Locale.ROOT)));
        for (String language : List.of("fr", "es", "ru", "zh", "ar")) {
            ResourceBundle own = texts(Locale.forLanguageTag(language));
            assertEquals(
                    own.getString("error.STALE_VERSION.stateLaw").replace("''", "'"), ErrorTexts.message(law, own));
            assertFalse(ErrorTexts.message(law, own).equals(ErrorTexts.message(claim, own)), language);
        }
    }

    @Test
    void theAllowedActionsAreListedWithTheArabicCommaInArabic() {
        DomainException refused = refusedClose();
        ResourceBundle arabic = texts(Locale.forLanguageTag("ar"));
        assertTrue(
                ErrorTexts.message(refused, arabic)
                        .contains(arabic.getString("action.ADD_COMMENT") + "\u060c "
                                + arabic.getString("action.NOTIFY_MEMBER_STATE")),
                ErrorTexts.message(refused, arabic));
    }
}
