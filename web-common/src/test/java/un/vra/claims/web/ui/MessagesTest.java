package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Sex;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.contact.ConsentDecision;
import un.vra.claims.contact.ConsentKind;
import un.vra.claims.contact.ConsentState;
import un.vra.claims.contact.ContactChannel;
import un.vra.claims.contact.ContactOutcome;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.MailStatus;

class MessagesTest {

    private static final String BASE = "un.vra.claims.web.ui.messages";

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BASE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void frenchSaysEverythingEnglishSays() {
        assertEquals(keys(Locale.ROOT), keys(Locale.FRENCH));
    }

    @Test
    void everyValueShownOnAPageHasALabel() {
        Set<String> keys = keys(Locale.ROOT);
        List<String> needed = new ArrayList<>();
        for (ClaimStatus value : ClaimStatus.values()) {
            needed.add("status." + value);
        }
        for (WhoseTurn value : WhoseTurn.values()) {
            needed.add("turn." + value);
        }
        for (NextStep value : NextStep.values()) {
            needed.add("step." + value);
        }
        for (PersonnelCategory value : PersonnelCategory.values()) {
            needed.add("category." + value);
        }
        for (ClaimType value : ClaimType.values()) {
            needed.add("type." + value);
        }
        for (PaternityOutcome value : PaternityOutcome.values()) {
            needed.add("outcome." + value);
        }
        for (ClaimAction value : ClaimAction.values()) {
            needed.add("action." + value);
        }
        for (Sex value : Sex.values()) {
            needed.add("sex." + value);
        }
        for (AgeBand value : AgeBand.values()) {
            needed.add("band." + value.key());
        }
        labels(needed, "contactChannel.", ContactChannel.values());
        labels(needed, "contactOutcome.", ContactOutcome.values());
        labels(needed, "consentKind.", ConsentKind.values());
        labels(needed, "consentState.", ConsentState.values());
        labels(needed, "consentState.", ConsentDecision.values());
        labels(needed, "mailKind.", MailKind.values());
        labels(needed, "mailStatus.", MailStatus.values());
        List<String> missing =
                needed.stream().filter(key -> !keys.contains(key)).toList();
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }

    private static void labels(List<String> needed, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            needed.add(prefix + value);
        }
    }
}
