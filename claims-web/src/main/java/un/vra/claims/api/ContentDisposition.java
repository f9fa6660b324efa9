package un.vra.claims.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} for a stored file name (RFC 6266): the name in UTF-8, percent-encoded
 * as RFC 5987 asks ({@code filename*}), and a plain ASCII stand-in ({@code filename}) for clients that cannot
 * read it. Neither can break out of the header: quotes, backslashes and anything outside the allowed characters
 * are encoded or replaced.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    private static String ascii(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        plain.codePoints()
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && "\"\\%;".indexOf(c) < 0 ? (char) c : '_'));
        return ascii.toString();
    }

    private static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x7F && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
