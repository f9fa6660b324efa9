package un.vra.claims.api;

import java.math.BigDecimal;
import un.vra.claims.withholding.NewWithholding;

/**
 * The body of {@code POST /withheld-reimbursements}. The day is read as text and converted here, so that a badly
 * written one answers 400 VALIDATION naming its field.
 */
public record WithholdingRequest(
        String memberState, String claim, String withheldOn, BigDecimal amount, String currency, String reason) {

    static NewWithholding toNewWithholding(WithholdingRequest request) {
        WithholdingRequest body =
                request == null ? new WithholdingRequest(null, null, null, null, null, null) : request;
        return new NewWithholding(
                QueryParams.text(body.memberState()),
                QueryParams.text(body.claim()),
                QueryParams.date("withheldOn", body.withheldOn()),
                body.amount(),
                QueryParams.text(body.currency()),
                body.reason());
    }
}
