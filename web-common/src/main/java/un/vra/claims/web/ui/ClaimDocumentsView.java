package un.vra.claims.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.document.DocumentFile;
import un.vra.claims.document.DocumentService;
import un.vra.claims.document.DocumentView;
import un.vra.claims.shared.StaleVersionException;

/**
 * The documents panel of the claim file, in both modules: the claim's documents with a download each, and a
 * form to attach one. The page's own size and type hints only spare a useless upload; the document service
 * checks every file again, by its content. Attaching is an action on the claim as the person last saw it:
 * when someone else changed the claim meanwhile, the person is told and reloads it, keeping the description.
 */
@Named
@ViewScoped
public class ClaimDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    @Inject
    private ClaimFileView file;

    @Inject
    private FacesContext facesContext;

    private PagedModel<DocumentView> list;
    private transient UploadedFile upload;
    private String description;
    private boolean shareWithMemberState;
    private boolean conflict;

    /** The claim's documents, newest first, within the reader's scope. */
    public PagedModel<DocumentView> getDocuments() {
        if (list == null) {
            DocumentService service = documents;
            String reference = file.getReference();
            boolean asMemberState = file.isAsMemberState();
            list = PagedModel.of(
                    request -> service.list(reference, request, asMemberState),
                    document -> String.valueOf(document.id()));
        }
        return list;
    }

    public void add() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            error(text("document.missing"));
            return;
        }
        try {
            documents.add(
                    file.getReference(),
                    file.getClaim().version(),
                    upload.getFileName(),
                    upload.getContent(),
                    description,
                    shareWithMemberState);
            file.reopenWith("document.added");
        } catch (StaleVersionException e) {
            conflict = true;
            throw e;
        }
    }

    /** After a conflict: take the claim as it is now; the file must be chosen again, the description is kept. */
    public void reload() {
        file.load();
        conflict = false;
    }

    /** One document's bytes, for the download link; reading it is recorded in the access log. */
    public StreamedContent download(long id) {
        DocumentFile found = documents.content(file.getReference(), id);
        return DefaultStreamedContent.builder()
                .name(found.fileName())
                .contentType(found.mediaType())
                .contentLength((long) found.content().length)
                .stream(() -> new ByteArrayInputStream(found.content()))
                .build();
    }

    public boolean isAllowed() {
        return file.getClaim() != null && file.getClaim().allowedActions().contains(ClaimAction.ADD_DOCUMENT);
    }

    public long getMaxBytes() {
        return documents.maxBytes();
    }

    private String text(String key) {
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        return texts.getString(key);
    }

    private void error(String message) {
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isShareWithMemberState() {
        return shareWithMemberState;
    }

    public void setShareWithMemberState(boolean shareWithMemberState) {
        this.shareWithMemberState = shareWithMemberState;
    }

    public boolean isConflict() {
        return conflict;
    }
}
