package un.vra.claims.web.ui;

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
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.Lifecycle;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.application.ClaimDetails;
import un.vra.claims.claim.application.ClaimFile;
import un.vra.claims.claim.application.ClaimService;
import un.vra.claims.claim.application.Side;
import un.vra.claims.claim.application.TimelineEntry;
import un.vra.claims.export.ClaimFilePdf;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.NotFoundException;

/**
 * The claim file of both modules: summary, clocks, parties, DNA and support panels and the timeline, as the
 * service shows them to the signed-in person (a focal point sees pseudonyms and only its own State's claims).
 */
@Named
@ViewScoped
public class ClaimFileView implements Serializable {

    /** The flash's entry naming (a CSS selector) where the focus goes when claim-file.xhtml loads again. */
    public static final String RETURN_FOCUS = "returnFocus";

    private static final long serialVersionUID = 1L;

    @EJB
    private ClaimService claims;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ReferenceData referenceData;

    private String reference;
    private String view;
    private ClaimDetails claim;
    private List<TimelineEntry> timeline = List.of();

    /**
     * Loads the claim named in the URL; an unknown one (or another State's) is simply not found. From then on the
     * view names the claim by its stored reference, not by what the address said.
     */
    public void load() {
        ClaimFile file = claims.file(reference, isAsMemberState()).orElse(null);
        if (file == null) {
            claim = null;
            String text = facesContext
                    .getApplication()
                    .getResourceBundle(facesContext, "msg")
                    .getString("claim.notFound");
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
            timeline = List.of();
            return;
        }
        claim = file.claim();
        timeline = file.timeline();
        reference = claim.reference();
    }

    /** Shows the claim file afresh after a change, with a message that survives the redirect. */
    public void reopenWith(String textKey) throws IOException {
        String text = facesContext
                .getApplication()
                .getResourceBundle(facesContext, "msg")
                .getString(textKey);
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        facesContext
                .getExternalContext()
                .redirect(facesContext.getExternalContext().getRequestContextPath() + "/claim.xhtml?reference="
                        + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }

    /**
     * The claim afresh after an action taken in its dialog, saying so, with the keyboard's focus back on the button
     * that opened the dialog (or on the message when the action is no longer offered): {@code keyboard.js} reads
     * where from the page.
     */
    public void reopenAfter(ClaimAction action) throws IOException {
        facesContext.getExternalContext().getFlash().put(RETURN_FOCUS, "#actions .action-" + action.name());
        reopenWith("action.done");
    }

    /** The allowed actions taken through a dialog of their own; documents are attached in their own panel. */
    public List<ClaimAction> getDialogActions() {
        return claim == null
                ? List.of()
                : claim.allowedActions().stream()
                        .filter(Lifecycle::takenAsCommand)
                        .toList();
    }

    /**
     * The claim file as PDF, read afresh when asked for: a copy that leaves the application is a read of its own
     * in the access log, whatever the page showed before.
     */
    public StreamedContent getPdf() {
        ClaimFile file = claims.fileForPdf(reference, isAsMemberState())
                .orElseThrow(() -> new NotFoundException("no claim " + reference));
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        return DefaultStreamedContent.builder()
                .name(reference + ".pdf")
                .contentType("application/pdf")
                .writer(out -> ClaimFilePdf.write(file.claim(), file.timeline(), texts, out))
                .build();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    /** Whether the UN asked to see the claim file exactly as the claim's State sees it ({@code view=MEMBER_STATE}). */
    public boolean isAsMemberState() {
        return Side.MEMBER_STATE.name().equals(view);
    }

    /** Whether the signed-in person is a Member State's focal point, who only ever sees the State's view. */
    public boolean isFocalPoint() {
        return facesContext.getExternalContext().isUserInRole(Role.FOCAL);
    }

    /** Whether the UN is looking at the State's view of the claim file. */
    public boolean isPreviewing() {
        return isAsMemberState() && !isFocalPoint();
    }

    /** Whether the UN may switch to the State's view: a claim on the Member State route, seen as the UN. */
    public boolean isPreviewable() {
        return claim != null && claim.route() == Route.MEMBER_STATE && !isAsMemberState() && !isFocalPoint();
    }

    /**
     * The English name of the claim's Member State, which the page writes in its own language beside the code
     * ({@code languageSwitcher.stateName}): "Nepal (NPL)", not "NPL".
     */
    public String getMemberStateName() {
        return claim == null ? null : referenceData.memberStateName(claim.memberState());
    }

    public ClaimDetails getClaim() {
        return claim;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }
}
