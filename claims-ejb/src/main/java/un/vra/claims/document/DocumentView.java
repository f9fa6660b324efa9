package un.vra.claims.document;

import java.io.Serializable;
import java.time.Instant;
import un.vra.claims.claim.Audience;
import un.vra.claims.claim.application.Side;

/**
 * A document on a claim as the API and the pages list it to one side: what it is, whom it is shared with, and
 * who attached it when (for the State, "UN" or "Member State"), never its bytes. A note verbale the application
 * wrote carries its number, so that a page names it in the reader's language rather than by its English description.
 */
public record DocumentView(
        long id,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String description,
        String noteVerbaleNumber,
        Audience audience,
        String uploadedBy,
        String uploadedByRole,
        Instant uploadedAt)
        implements Serializable {

    static DocumentView of(ClaimDocument document, Side side) {
        return new DocumentView(
                document.id(),
                document.fileName(),
                document.mediaType(),
                document.size(),
                document.sha256(),
                document.description(),
                document.noteVerbaleNumber().orElse(null),
                document.audience(),
                side.actor(document.uploadedBy(), document.uploadedByRole()),
                side.actorRole(document.uploadedByRole()),
                document.uploadedAt());
    }
}
