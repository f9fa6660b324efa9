package un.vra.claims.contact;

import java.time.LocalDate;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/** Something that needs the claimant's consent was refused because she withdrew it (409 CONSENT_WITHDRAWN). */
public class ConsentWithdrawnException extends DomainException {

    private final ConsentKind kind;
    private final LocalDate withdrawnOn;

    public ConsentWithdrawnException(ConsentKind kind, LocalDate withdrawnOn) {
        super(
                ErrorCode.CONSENT_WITHDRAWN,
                "the claimant withdrew her consent "
                        + switch (kind) {
                            case NOTIFY_MEMBER_STATE -> "to notify the Member State";
                            case SHARE_DOCUMENTS -> "to share documents with the Member State";
                            case BE_CONTACTED -> "to be contacted";
                        }
                        + " on " + withdrawnOn,
                kind,
                withdrawnOn);
        this.kind = kind;
        this.withdrawnOn = withdrawnOn;
    }

    public ConsentKind kind() {
        return kind;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }
}
