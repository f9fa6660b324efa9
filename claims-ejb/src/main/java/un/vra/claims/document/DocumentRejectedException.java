package un.vra.claims.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

/**
 * A file that cannot be a claim's document: empty, larger than the limit, or of a kind not accepted. Its own
 * codes let the API answer 413 for a file too large and 422 for any other refusal; the reason lets the pages
 * explain it in the reader's language.
 */
public class DocumentRejectedException extends InvalidInputException {

    /** Why the file was refused. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE
    }

    private static final long MEBIBYTE = 1024 * 1024;

    private final Reason reason;
    private final long maxBytes;

    private DocumentRejectedException(Reason reason, long maxBytes, String message) {
        super(
                reason == Reason.TOO_LARGE ? ErrorCode.DOCUMENT_TOO_LARGE : ErrorCode.DOCUMENT_REJECTED,
                "file",
                message,
                reason,
                (double) maxBytes / MEBIBYTE);
        this.reason = reason;
        this.maxBytes = maxBytes;
    }

    static DocumentRejectedException empty(long maxBytes) {
        return new DocumentRejectedException(Reason.EMPTY, maxBytes, "the file is empty");
    }

    static DocumentRejectedException tooLarge(long maxBytes) {
        return new DocumentRejectedException(
                Reason.TOO_LARGE,
                maxBytes,
                "the file is larger than the limit of "
                        + new DecimalFormat("#.#", DecimalFormatSymbols.getInstance(Locale.ROOT))
                                .format((double) maxBytes / MEBIBYTE)
                        + " MiB (" + maxBytes + " bytes)");
    }

    static DocumentRejectedException unsupportedType(long maxBytes) {
        return new DocumentRejectedException(
                Reason.UNSUPPORTED_TYPE,
                maxBytes,
                "the file is not a PDF, PNG or"
                        + " JPEG document: only those are accepted, recognised by their content whatever the file's name"
                        + " or declared type");
    }

    public Reason reason() {
        return reason;
    }

    /** The size limit in force when the file was refused. */
    public long maxBytes() {
        return maxBytes;
    }
}
