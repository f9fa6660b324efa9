package un.vra.claims.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
            case DIGEST -> throw new IllegalArgumentException("a digest is no rung of the ladder");
        };
    }

    /** The claim's file in the portal, for the State's readers, or in the back office, for the VRA. */
    public String link(String reference, boolean forTheState) {
        String base = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
        return base + (forTheState ? "/portal/claim.xhtml?reference=" : "/claims/claim.xhtml?reference=") + reference;
    }
}
