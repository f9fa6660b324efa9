package un.vra.claims.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP address literals as they arrive in {@code X-Forwarded-For} and in configuration: IPv4, IPv6, bracketed IPv6,
 * either with a port. Only literals: a text that is not one is refused here and never reaches a name lookup.
 */
final class IpAddresses {

    private static final int MAX_LENGTH = 64;
    private static final Pattern IPV4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

    private IpAddresses() {}

    /** The address's bytes (4 or 16), or empty when the text is not an address literal. */
    static Optional<byte[]> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher v4 = IPV4.matcher(trimmed);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(bytes);
        }
        Matcher bracketed = BRACKETED.matcher(trimmed);
        String v6 = bracketed.matches() ? bracketed.group(1) : trimmed;
        if (!IPV6.matcher(v6).matches()) {
            return Optional.empty();
        }
        try {
            // A text with a colon is parsed as an IPv6 literal by the JDK, never looked up by name.
            return Optional.of(InetAddress.getByName(v6).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The usual text of an address: dotted IPv4, or the JDK's full IPv6 form. */
    static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes", e);
        }
    }
}
