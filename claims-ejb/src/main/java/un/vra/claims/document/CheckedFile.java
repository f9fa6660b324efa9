package un.vra.claims.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An uploaded file that passed the checks: not empty, within the size limit, a PDF, PNG or JPEG by its content,
 * with a file name safe to store and to offer for download, and the SHA-256 of its bytes.
 */
public record CheckedFile(String fileName, DocumentType type, long size, String sha256) {

    /** The longest file name kept, in characters, extension included. */
    public static final int MAX_NAME = 120;

    private static final String FALLBACK_NAME = "document";

    /** Checks a file as sent; the name the sender gave is only a suggestion. */
    public static CheckedFile check(String submittedName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw DocumentRejectedException.empty(maxBytes);
        }
        if (content.length > maxBytes) {
            throw DocumentRejectedException.tooLarge(maxBytes);
        }
        DocumentType type =
                DocumentType.of(content).orElseThrow(() -> DocumentRejectedException.unsupportedType(maxBytes));
        return new CheckedFile(safeName(submittedName, type), type, content.length, sha256(content));
    }

    /**
     * The name to keep: without any folder the sender's system put in front, without control or invisible
     * formatting characters (a right-to-left override can make {@code exe.pdf} look like {@code fdp.exe}),
     * without the characters file systems refuse, at most {@link #MAX_NAME} characters, and ending in an
     * extension of the type the content really is.
     */
    static String safeName(String submitted, DocumentType type) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if ("<>:\"|?*".indexOf(c) >= 0) {
                kept.append('_');
            } else if (visible(c)) {
                kept.appendCodePoint(c);
            }
        });
        String cleaned = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        int dot = cleaned.lastIndexOf('.');
        String extension = dot < 0 ? "" : cleaned.substring(dot + 1).toLowerCase(Locale.ROOT);
        String stem = type.extensions().contains(extension) ? cleaned.substring(0, dot) : cleaned;
        if (!type.extensions().contains(extension)) {
            extension = type.extensions().get(0);
        }
        stem = shorten(stem.strip(), MAX_NAME - extension.length() - 1);
        return (stem.isEmpty() ? FALLBACK_NAME : stem) + "." + extension;
    }

    private static boolean visible(int c) {
        int kind = Character.getType(c);
        return !Character.isISOControl(c)
                && kind != Character.FORMAT
                && kind != Character.SURROGATE
                && kind != Character.PRIVATE_USE
                && kind != Character.UNASSIGNED;
    }

    /** At most {@code max} characters, never cutting a character outside the basic plane in half. */
    private static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
