package un.vra.claims.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document a claim accepts, each recognised by the bytes it starts with (its signature), never by
 * the name or the type the sender declares: a script renamed {@code report.pdf} is not a PDF.
 */
public enum DocumentType {
    PDF("application/pdf", List.of("pdf"), "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    DocumentType(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<DocumentType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extensions of this type, lower case, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }
}
