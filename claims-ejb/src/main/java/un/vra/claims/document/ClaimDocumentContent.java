package un.vra.claims.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Convert;
import un.vra.claims.encryption.PersonalDataConverter;

/**
 * The bytes of one document, encrypted, in a table of their own, read only when someone downloads the document.
 */
@Entity
@Table(name = "claim_document_content")
class ClaimDocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Convert(PersonalDataConverter.NAME)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ClaimDocumentContent() {}

    ClaimDocumentContent(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
