package un.vra.claims.api;

import un.vra.claims.contact.ConsentDecision;
import un.vra.claims.contact.ConsentKind;
import un.vra.claims.contact.NewConsent;

/**
 * The body of {@code POST /claims/{reference}/consents}. Values are read as text and converted here, so that a
 * badly written day or a value outside the vocabulary answers 400 VALIDATION naming its field.
 */
public record ConsentRequest(String kind, String decision, String decidedOn, String note) {

    static NewConsent toNewConsent(ConsentRequest request) {
        ConsentRequest body = request == null ? new ConsentRequest(null, null, null, null) : request;
        return new NewConsent(
                QueryParams.enumValue(ConsentKind.class, "kind", body.kind()),
                QueryParams.enumValue(ConsentDecision.class, "decision", body.decision()),
                QueryParams.date("decidedOn", body.decidedOn()),
                body.note());
    }
}
