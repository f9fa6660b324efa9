package un.vra.claims.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.mail.MailKind;

/**
 * Whom each rung writes to, and the link its mail gives. The VRA office's address and language and the address
 * the links start with are this installation's ({@code claims.mail.vra-office}, {@code
 * claims.mail.vra-office-language}, {@code claims.mail.link-base}, or {@code CLAIMS_MAIL_VRA_OFFICE} and so on).
 */
@ApplicationScoped
public class ReminderAddresses {

    @Inject
    private ReminderRepository reminders;

    @Inject
    @ConfigProperty(name = "claims.mail.vra-office", defaultValue = "vra-office@claims.localhost")
    String vraOffice;

    @Inject
    @ConfigProperty(name = "claims.mail.vra-office-language", defaultValue = "en")
    String vraOfficeLanguage;

    @Inject
    @ConfigProperty(name = "claims.mail.link-base", defaultValue = "http://localhost:8080")
    String linkBase;

    /** The recipients of a rung: a State's step climbs from its focal points to its mission to the VRA. */
    public List<Recipient> of(MailKind kind, String memberState, boolean statesStep) {
        Recipient office = new Recipient(vraOffice, MailTexts.language(vraOfficeLanguage));
        return switch (kind) {
            case REMINDER -> statesStep ? reminders.focalPoints(memberState) : List.of(office);
            case MISSION_COPY -> reminders.mission(memberState).stream().toList();
            case VRA_ESCALATION -> List.of(office);
            case MAJORITY_ALERT -> throw new IllegalArgumentException("a majority alert is no rung of the ladder");
            case DIGEST -> throw new IllegalArgumentException("a digest is no rung of the ladder");
        };
    }

    /**
     * The recipients of a child's majority alert: the VRA office, and the State's focal points and deputies once the
     * State was notified of the claim (before, the State does not see it).
     */
    public List<Recipient> ofMajority(String memberState, boolean notified) {
        List<Recipient> to = new ArrayList<>();
        to.add(new Recipient(vraOffice, MailTexts.language(vraOfficeLanguage)));
        if (memberState != null && notified) {
            to.addAll(reminders.focalPoints(memberState));
        }
        return to;
    }

    /** The recipients by address, trimmed and in lower case, each address once: the same mail goes once to it. */
    public static Map<String, Recipient> byAddress(List<Recipient> recipients) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Recipient to : recipients) {
            byAddress.putIfAbsent(to.email().strip().toLowerCase(Locale.ROOT), to);
        }
        return byAddress;
    }

    /** The VRA office's address, as the recipients' keys are written: trimmed and in lower case. */
    public String office() {
        return vraOffice.strip().toLowerCase(Locale.ROOT);
    }

    /** The claim's file in the portal, for the State's readers, or in the back office, for the VRA. */
    public String link(String reference, boolean forTheState) {
        String base = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
        return base + (forTheState ? "/portal/claim.xhtml?reference=" : "/claims/claim.xhtml?reference=") + reference;
    }
}
