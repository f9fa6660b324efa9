package un.vra.claims.document;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.application.ClaimAccess;
import un.vra.claims.claim.application.Side;
import un.vra.claims.contact.ConsentKind;
import un.vra.claims.contact.ConsentState;
import un.vra.claims.contact.ConsentWithdrawnException;
import un.vra.claims.contact.Consents;
import un.vra.claims.contact.CurrentConsent;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Attaching documents to a claim, listing them and reading one. Each goes through the caller's scope exactly
 * as a claim's file does: a focal point reaches only its own State's claims, and any other claim is not found.
 * Attaching is an action on the claim: it needs the version the caller saw and appends to the timeline.
 * Reading a document's bytes is recorded in the access log. The size limit is {@code claims.documents.max-bytes}.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class DocumentService {

    @Inject
    private ClaimAccess access;

    @Inject
    private DocumentRepository documents;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Consents consents;

    @Inject
    @ConfigProperty(name = "claims.documents.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    /**
     * Attaches a document. A State's documents are shared with the UN; the UN's stay with the UN unless the
     * officer shares it with the State ({@code shareWithMemberState}), which needs the claimant's consent to share
     * documents: refused when she withdrew it (409), and when she was never asked (400).
     */
    public AddedDocument add(
            String reference,
            long expectedVersion,
            String fileName,
            byte[] content,
            String description,
            boolean shareWithMemberState) {
        Caller caller = currentCaller.get();
        Claim claim = access.forAction(reference, caller, ClaimAction.ADD_DOCUMENT, expectedVersion);
        CheckedFile file = CheckedFile.check(fileName, content, maxBytes);
        Recording recording = access.recording(caller, null);
        Audience audience = Audience.chosen(recording.actor(), shareWithMemberState);
        if (shareWithMemberState && !caller.isFocalPoint()) {
            CurrentConsent sharing = consents.current(claim.id()).of(ConsentKind.SHARE_DOCUMENTS);
            if (sharing.state() == ConsentState.WITHDRAWN) {
                throw new ConsentWithdrawnException(ConsentKind.SHARE_DOCUMENTS, sharing.since());
            }
            if (sharing.state() != ConsentState.GIVEN) {
                throw new InvalidInputException(
                        "shareWithMemberState",
                        "the claimant has not consented to the"
                                + " sharing of her claim's documents with the Member State: record her consent first");
            }
        }
        ClaimDocument document = new ClaimDocument(claim, file, description, audience, recording);
        claim.act(
                new ClaimCommand.AddDocument(
                        file.fileName(), file.type().mediaType(), file.size(), file.sha256(), audience),
                recording);
        access.store(reference, expectedVersion);
        documents.add(document, content);
        return new AddedDocument(DocumentView.of(document, Side.of(caller, false)), claim.version());
    }

    /**
     * A claim's documents, newest first, without their bytes. Their names and descriptions may name the people
     * of the claim, so each page of the list is recorded in the access log.
     */
    public PageResult<DocumentView> list(String reference, PageRequest page, boolean asMemberState) {
        Caller caller = currentCaller.get();
        Claim claim = access.get(reference, caller);
        Side side = Side.of(caller, asMemberState);
        PageResult<ClaimDocument> found = documents.list(claim.id(), visible(claim, side), page);
        audit.personalDataRead(
                caller,
                claim.reference().value(),
                "document list, page " + page.page() + Side.previewNote(caller, side));
        return new PageResult<>(
                found.total(),
                found.page(),
                found.size(),
                found.items().stream()
                        .map(document -> DocumentView.of(document, side))
                        .toList());
    }

    /**
     * One document of a claim with its bytes; reading it is recorded in the access log by the document's id and
     * type, never its name, which is as personal as the document and would stay in clear in the log for good.
     */
    public DocumentFile content(String reference, long documentId) {
        Caller caller = currentCaller.get();
        Claim claim = access.get(reference, caller);
        ClaimDocument document = documents
                .find(claim.id(), documentId, visible(claim, Side.of(caller, false)))
                .orElseThrow(() -> new NotFoundException("no document " + documentId + " on claim " + reference));
        audit.personalDataRead(
                caller, claim.reference().value(), "document " + documentId + " (" + document.mediaType() + ")");
        return new DocumentFile(document.fileName(), document.mediaType(), documents.content(documentId));
    }

    /**
     * Which documents a side may read: the UN all; the State those shared with it, and of the UN's only while
     * the claimant's consent to share documents stands (a withdrawal takes them back from the State), except the
     * notes verbales addressed to the State, which hold no personal data.
     */
    private DocumentRepository.Visible visible(Claim claim, Side side) {
        if (side == Side.UN) {
            return DocumentRepository.Visible.ALL;
        }
        return consents.current(claim.id(), ConsentKind.SHARE_DOCUMENTS) == ConsentState.GIVEN
                ? DocumentRepository.Visible.SHARED
                : DocumentRepository.Visible.SHARED_BY_THE_STATE;
    }

    /** The largest file accepted, in bytes, so the pages and the API can stop reading beyond it. */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }
}
