package un.vra.claims.web.ui;

import java.util.Map;
import org.primefaces.model.SortMeta;
import un.vra.claims.document.DocumentService;
import un.vra.claims.document.DocumentView;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** A claim's documents, newest first, through the document service (and so within the reader's scope). */
public class DocumentListModel extends PagedModel<DocumentView> {

    private static final long serialVersionUID = 1L;

    private final transient DocumentService service;
    private final String reference;

    public DocumentListModel(DocumentService service, String reference) {
        this.service = service;
        this.reference = reference;
    }

    @Override
    protected PageResult<DocumentView> page(PageRequest request, Map<String, SortMeta> sortBy) {
        return service.list(reference, request);
    }

    @Override
    public String getRowKey(DocumentView document) {
        return String.valueOf(document.id());
    }
}
