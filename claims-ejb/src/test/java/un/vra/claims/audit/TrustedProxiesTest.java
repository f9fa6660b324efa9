package un.vra.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final List<IpRange> PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.0.2.10, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        assertEquals("198.51.100.7", TrustedProxies.clientAddress(List.of(), "198.51.100.7", List.of("203.0.113.1")));
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals(
                "198.51.100.7",
                TrustedProxies.clientAddress(PROXIES, "198.51.100.7", List.of("203.0.113.1, 10.0.0.5")));
    }

    @Test
    void theClientIsTheRightmostAddressThatIsNotATrustedProxy() {
        assertEquals(
                "203.0.113.9",
                TrustedProxies.clientAddress(PROXIES, "10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 10.0.0.7")),
                "what the client wrote itself, on the left, is ignored");
        assertEquals(
                "203.0.113.9",
                TrustedProxies.clientAddress(PROXIES, "10.1.2.3", List.of("6.6.6.6", "203.0.113.9:5123")),
                "several headers, and a port");
        assertEquals(
                "2001:db8:0:0:0:0:0:1", TrustedProxies.clientAddress(PROXIES, "fd00::2", List.of("[2001:db8::1]:443")));
    }

    @Test
    void garbageEndsTheWalkAtTheLastAddressAProxyVouchedFor() {
        assertEquals("10.0.0.7", TrustedProxies.clientAddress(PROXIES, "10.1.2.3", List.of("evil.example, 10.0.0.7")));
        assertEquals("10.1.2.3", TrustedProxies.clientAddress(PROXIES, "10.1.2.3", List.of("")));
        assertEquals("10.1.2.3", TrustedProxies.clientAddress(PROXIES, "10.1.2.3", List.of()));
        assertEquals(
                "10.0.0.9",
                TrustedProxies.clientAddress(PROXIES, "10.1.2.3", List.of("10.0.0.9")),
                "only proxies: the leftmost");
    }

    @Test
    void rangesMatchByPrefixAndBadEntriesAreLeftOut() {
        assertTrue(IpRange.parse("10.0.0.0/8")
                .contains(IpAddresses.parse("10.255.1.1").orElseThrow()));
        assertFalse(IpRange.parse("10.0.0.0/8")
                .contains(IpAddresses.parse("11.0.0.1").orElseThrow()));
        assertTrue(IpRange.parse("192.168.4.0/22")
                .contains(IpAddresses.parse("192.168.7.255").orElseThrow()));
        assertFalse(IpRange.parse("192.168.4.0/22")
                .contains(IpAddresses.parse("192.168.8.0").orElseThrow()));
        assertEquals(
                1,
                TrustedProxies.parse("not-a-range, 10.0.0.0/33, 127.0.0.1/32").size());
    }

    @Test
    void onlyLiteralsAreAddressesNothingIsLookedUpByName() {
        for (String text :
                new String[] {"localhost", "example.org", "1.2.3.256", "1.2.3", ".:1", "1.2.3.4.5", "x".repeat(100)}) {
            assertTrue(IpAddresses.parse(text).isEmpty(), text);
        }
    }
}
