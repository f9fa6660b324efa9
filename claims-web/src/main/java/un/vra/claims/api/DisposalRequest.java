package un.vra.claims.api;

import java.math.BigDecimal;
import un.vra.claims.withholding.DisposalKind;
import un.vra.claims.withholding.NewDisposal;

/**
 * The body of {@code POST /withheld-reimbursements/{id}/disposals}. Values are read as text and converted here, so
 * that a badly written day or a kind outside the vocabulary answers 400 VALIDATION naming its field.
 */
public record DisposalRequest(
        String kind, String disposedOn, BigDecimal amount, String currency, String claim, String reason) {

    static NewDisposal toNewDisposal(DisposalRequest request) {
        DisposalRequest body = request == null ? new DisposalRequest(null, null, null, null, null, null) : request;
        return new NewDisposal(
                QueryParams.enumValue(DisposalKind.class, "kind", body.kind()),
                QueryParams.date("disposedOn", body.disposedOn()),
                body.amount(),
                QueryParams.text(body.currency()),
                QueryParams.text(body.claim()),
                body.reason());
    }
}
