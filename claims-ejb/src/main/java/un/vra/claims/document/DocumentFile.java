package un.vra.claims.document;

/** A document's bytes with the name and media type to deliver them under. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {}
