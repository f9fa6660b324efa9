package un.vra.claims.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies in front of the application ({@code claims.http.trusted-proxies}: address ranges in CIDR
 * notation, separated by commas; none by default). Only a request that comes from one of them has its
 * {@code X-Forwarded-For} read, and then from the right, where the trusted proxies appended what they saw: the
 * client is the rightmost address that is not itself a trusted proxy. Whatever a client writes into the header
 * stands to the left of that, and is never believed.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());

    /** A longer header is read from its right end only: the trusted hops are there. */
    private static final int MAX_HEADER = 2048;

    @Inject
    @ConfigProperty(name = "claims.http.trusted-proxies")
    private Optional<String> configured;

    private List<IpRange> ranges = List.of();

    @PostConstruct
    void read() {
        ranges = parse(configured.orElse(""));
    }

    /** The ranges of a configuration value; an entry that is not a range is left out, and said so in the log. */
    static List<IpRange> parse(String value) {
        List<IpRange> parsed = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                try {
                    parsed.add(IpRange.parse(entry));
                } catch (IllegalArgumentException e) {
                    LOG.severe(() -> "claims.http.trusted-proxies: ignored " + e.getMessage());
                }
            }
        }
        return List.copyOf(parsed);
    }

    /** The client's address, from the connection's peer and the {@code X-Forwarded-For} headers in order. */
    public String clientAddress(String peer, List<String> forwardedFor) {
        return clientAddress(ranges, peer, forwardedFor);
    }

    static String clientAddress(List<IpRange> trusted, String peer, List<String> forwardedFor) {
        Optional<byte[]> hop = IpAddresses.parse(peer);
        if (trusted.isEmpty() || hop.isEmpty() || !isTrusted(trusted, hop.get())) {
            return peer;
        }
        String joined = String.join(",", forwardedFor);
        String[] hops =
                (joined.length() > MAX_HEADER ? joined.substring(joined.length() - MAX_HEADER) : joined).split(",");
        String client = IpAddresses.text(hop.get());
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<byte[]> next = IpAddresses.parse(hops[i]);
            if (next.isEmpty()) {
                return client;
            }
            client = IpAddresses.text(next.get());
            if (!isTrusted(trusted, next.get())) {
                return client;
            }
        }
        return client;
    }

    private static boolean isTrusted(List<IpRange> trusted, byte[] address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }
}
