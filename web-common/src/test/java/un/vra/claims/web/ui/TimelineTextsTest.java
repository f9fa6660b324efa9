package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import un.vra.claims.claim.ClaimAction;

/**
 * The claim file's timeline and chain of custody say what happened ("Регистрация заявления", "Registro de la
 * solicitud"), in texts of their own ({@code event.*}), while the buttons that take the actions say what to do
 * ({@code action.*}: "Зарегистрировать", "Registrar").
 */
class TimelineTextsTest {

    /** Recorded by the application, never offered as a button: their one text already says what happened. */
    private static final Set<ClaimAction> RECORDED_BY_THE_APPLICATION = EnumSet.of(
            ClaimAction.OVERRIDE_NO_CONTACT_WISH,
            ClaimAction.REMINDER_SENT,
            ClaimAction.NOTE_VERBALE_SENT,
            ClaimAction.MAJORITY_ALERT);

    @ParameterizedTest
    @ValueSource(strings = {"", "fr", "es", "ru", "zh", "ar"})
    void everyActionHasATimelineTextThatIsNotItsButtonsCommand(String language) {
        Map<String, String> pages = Texts.pages(language);
        for (ClaimAction action : ClaimAction.values()) {
            String event = pages.get("event." + action);
            assertTrue(event != null && !event.isBlank(), action + " has no timeline text in '" + language + "'");
            if (!RECORDED_BY_THE_APPLICATION.contains(action)) {
                assertNotEquals(
                        pages.get("action." + action),
                        event,
                        action + " reads on the timeline as its button's command in '" + language + "'");
            }
        }
    }

    /** Russian and Spanish wrote their buttons in the infinitive, which read as orders on the timeline. */
    @Test
    void noRussianOrSpanishTimelineTextIsAnInfinitive() {
        for (ClaimAction action : ClaimAction.values()) {
            String russian = Texts.pages("ru").get("event." + action);
            assertFalse(russian.split(" ")[0].matches("\\p{L}+(ть|ти)"), russian);
            String spanish = Texts.pages("es").get("event." + action);
            assertFalse(spanish.split(" ")[0].matches("\\p{L}+(ar|er|ir)"), spanish);
        }
    }

    @Test
    void theTimelineAndTheChainOfCustodyShowWhatHappenedNotTheButtonsCommands() throws IOException {
        String page = Files.readString(Path.of("src/main/resources/META-INF/resources/claims-ui/claim-file.xhtml"));
        assertTrue(page.contains("#{msg['event.' += event.action]}"), "the timeline's entries");
        assertTrue(page.contains("#{msg['event.' += step.action]}"), "the chain of custody's entries");
        assertFalse(page.contains("#{msg['action.' += event.action]}"));
        assertFalse(page.contains("#{msg['action.' += step.action]}"));
    }
}
