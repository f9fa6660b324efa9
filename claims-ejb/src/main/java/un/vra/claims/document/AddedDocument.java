package un.vra.claims.document;

/** A document just attached, and the claim's version after it, to send as {@code If-Match} on the next action. */
public record AddedDocument(DocumentView document, long claimVersion) {}
