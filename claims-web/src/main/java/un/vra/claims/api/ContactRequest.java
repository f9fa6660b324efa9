package un.vra.claims.api;

import un.vra.claims.contact.ContactChannel;
import un.vra.claims.contact.ContactOutcome;
import un.vra.claims.contact.NewContact;

/**
 * The body of {@code POST /claims/{reference}/contacts}. Values are read as text and converted here, so that a
 * badly written day or a value outside the vocabulary answers 400 VALIDATION naming its field.
 */
public record ContactRequest(String contactedOn, String channel, String outcome, String note) {

    static NewContact toNewContact(ContactRequest request) {
        ContactRequest body = request == null ? new ContactRequest(null, null, null, null) : request;
        return new NewContact(
                QueryParams.date("contactedOn", body.contactedOn()),
                QueryParams.enumValue(ContactChannel.class, "channel", body.channel()),
                QueryParams.enumValue(ContactOutcome.class, "outcome", body.outcome()),
                body.note());
    }
}
