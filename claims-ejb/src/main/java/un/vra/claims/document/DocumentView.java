package un.vra.claims.document;

import java.io.Serializable;
import java.time.Instant;

/** A document on a claim as the API and the pages list it: what it is and who attached it when, never its bytes. */
public record DocumentView(long id, String fileName, String mediaType, long size, String sha256, String description,
                           String uploadedBy, String uploadedByRole, Instant uploadedAt) implements Serializable {

    static DocumentView of(ClaimDocument document) {
        return new DocumentView(document.id(), document.fileName(), document.mediaType(), document.size(),
                document.sha256(), document.description(), document.uploadedBy(), document.uploadedByRole(),
                document.uploadedAt());
    }
}
