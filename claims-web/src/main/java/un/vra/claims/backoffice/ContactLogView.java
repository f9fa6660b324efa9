package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import un.vra.claims.contact.ConsentDecision;
import un.vra.claims.contact.ConsentKind;
import un.vra.claims.contact.ConsentPage;
import un.vra.claims.contact.ConsentView;
import un.vra.claims.contact.ContactChannel;
import un.vra.claims.contact.ContactLogService;
import un.vra.claims.contact.ContactOutcome;
import un.vra.claims.contact.ContactView;
import un.vra.claims.contact.CurrentConsent;
import un.vra.claims.contact.NewConsent;
import un.vra.claims.contact.NewContact;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;

/**
 * The contact log and the consents of one claim (UN only): where each consent stands, both lists paged by the
 * database, and a form for each. What was typed stays on a refusal; a recorded entry shows the page afresh.
 */
@Named
@ViewScoped
public class ContactLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContactLogService contactLog;

    @Inject
    private FacesContext facesContext;

    private String reference;
    private boolean found;
    private List<CurrentConsent> current = List.of();
    private PagedModel<ContactView> contacts;
    private PagedModel<ConsentView> consents;

    private LocalDate contactedOn = LocalDate.now(ZoneOffset.UTC);
    private ContactChannel channel;
    private ContactOutcome outcome;
    private String contactNote;

    private ConsentKind kind;
    private ConsentDecision decision;
    private LocalDate decidedOn = LocalDate.now(ZoneOffset.UTC);
    private String consentNote;

    /** Where each consent stands; a claim the reader may not see is simply not found. */
    public void load() {
        try {
            ConsentPage page = contactLog.consents(reference, new PageRequest(0, 1));
            current = page.current();
            found = true;
        } catch (NotFoundException e) {
            found = false;
            message(FacesMessage.SEVERITY_WARN, text("claim.notFound"));
        }
    }

    public PagedModel<ContactView> getContacts() {
        if (contacts == null) {
            ContactLogService service = contactLog;
            String claim = reference;
            contacts = PagedModel.of(request -> service.contacts(claim, request), row -> String.valueOf(row.id()));
        }
        return contacts;
    }

    public PagedModel<ConsentView> getConsents() {
        if (consents == null) {
            ContactLogService service = contactLog;
            String claim = reference;
            consents = PagedModel.of(
                    request -> service.consents(claim, request).history(), row -> String.valueOf(row.id()));
        }
        return consents;
    }

    /** A refusal (a withdrawn consent among them) reaches the person through the pages' exception handler. */
    public void addContact() throws IOException {
        contactLog.recordContact(reference, new NewContact(contactedOn, channel, outcome, contactNote));
        PageMessages.info(facesContext, "contacts.added");
        reopen();
    }

    public void addConsent() throws IOException {
        if (PageMessages.run(
                facesContext,
                () -> contactLog.recordConsent(reference, new NewConsent(kind, decision, decidedOn, consentNote)),
                "consents.added")) {
            reopen();
        }
    }

    /** Shows the page afresh with its message, so that the lists and the consents include what was recorded. */
    private void reopen() throws IOException {
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        facesContext
                .getExternalContext()
                .redirect(facesContext.getExternalContext().getRequestContextPath() + "/contacts.xhtml?reference="
                        + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }

    private String text(String key) {
        return facesContext
                .getApplication()
                .getResourceBundle(facesContext, "msg")
                .getString(key);
    }

    private void message(FacesMessage.Severity severity, String text) {
        facesContext.addMessage(null, new FacesMessage(severity, text, null));
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public ContactOutcome[] getOutcomes() {
        return ContactOutcome.values();
    }

    public ConsentKind[] getKinds() {
        return ConsentKind.values();
    }

    public ConsentDecision[] getDecisions() {
        return ConsentDecision.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isFound() {
        return found;
    }

    public List<CurrentConsent> getCurrent() {
        return current;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public void setContactedOn(LocalDate contactedOn) {
        this.contactedOn = contactedOn;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ContactOutcome outcome) {
        this.outcome = outcome;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public void setKind(ConsentKind kind) {
        this.kind = kind;
    }

    public ConsentDecision getDecision() {
        return decision;
    }

    public void setDecision(ConsentDecision decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public void setConsentNote(String consentNote) {
        this.consentNote = consentNote;
    }
}
