package un.vra.claims.audit;

import java.util.Arrays;

/** A range of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a lone address is its own range. */
record IpRange(byte[] network, int prefix) {

    static IpRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        byte[] address = IpAddresses.parse(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an address range: " + cidr));
        int bits = address.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an address range: " + cidr, e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("not an address range: " + cidr);
        }
        return new IpRange(address, prefix);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[whole] & mask) == (network[whole] & mask);
    }
}
