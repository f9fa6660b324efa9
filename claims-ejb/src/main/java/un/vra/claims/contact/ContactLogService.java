package un.vra.claims.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.application.ClaimAccess;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The contact log and the consents of a claim: UN only. Officers and administrators read and add to them; a focal
 * point is let in only to be told that there is no such thing, in the very words another State's claim gets, even
 * for its own State's claims; every other role is refused by role. Every page read is recorded in the access log.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class ContactLogService {

    @Inject
    private ClaimAccess access;

    @Inject
    private ContactLogRepository log;

    @Inject
    private Consents consents;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /**
     * Adds a contact made by the signed-in staff member, unless the claimant had withdrawn her consent to be
     * contacted as of the contact's day: a contact recorded late, made while she still consented, is kept.
     */
    public ContactView recordContact(String reference, NewContact contact) {
        Caller caller = currentCaller.get();
        Claim claim = unOnly(reference, caller);
        ClaimantContact entry = new ClaimantContact(claim, contact, access.recording(caller, null));
        consents.requireNotWithdrawn(claim.id(), ConsentKind.BE_CONTACTED, entry.contactedOn());
        log.add(entry);
        return ContactView.of(entry);
    }

    /** The claim's contacts, the latest first. */
    public PageResult<ContactView> contacts(String reference, PageRequest page) {
        Caller caller = currentCaller.get();
        Claim claim = unOnly(reference, caller);
        PageResult<ClaimantContact> found = log.contacts(claim.id(), page);
        audit.personalDataRead(caller, claim.reference().value(), "contact log, page " + page.page());
        return found.map(ContactView::of);
    }

    /** Adds a consent the claimant gave or withdrew; it takes effect from its day. */
    public ConsentView recordConsent(String reference, NewConsent consent) {
        Caller caller = currentCaller.get();
        Claim claim = unOnly(reference, caller);
        ClaimantConsent entry = new ClaimantConsent(claim, consent, access.recording(caller, null));
        log.add(entry);
        return ConsentView.of(entry);
    }

    /** Where each consent stands today, and the records, the latest first. */
    public ConsentPage consents(String reference, PageRequest page) {
        Caller caller = currentCaller.get();
        Claim claim = unOnly(reference, caller);
        PageResult<ClaimantConsent> found = log.consents(claim.id(), page);
        CurrentConsents current = consents.current(claim.id());
        audit.personalDataRead(caller, claim.reference().value(), "consents, page " + page.page());
        return ConsentPage.of(current, found.map(ConsentView::of));
    }

    /**
     * The claim, for the UN only. A focal point first goes through the claim's scope like everywhere (another
     * State's claim is not found, and the attempt recorded), then finds no contact log on its own State's either.
     */
    private Claim unOnly(String reference, Caller caller) {
        Claim claim = access.get(reference, caller);
        if (!caller.role().isVra()) {
            throw new NotFoundException("no claim " + reference);
        }
        return claim;
    }
}
