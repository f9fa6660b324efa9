package un.vra.claims.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password (and code) guessing down without letting anyone keep the owner of an account out.
 *
 * <p>Failures are counted per account (its canonical name) and client address together, per account, and per
 * address. An attempt waits only for its own pair's delay and its own address's: after a few failures of the
 * pair, each further attempt of that pair waits twice as long as the last, up to a ceiling. The account's count
 * over all addresses raises the delay of every pair that has failed (an attacker spread over many addresses
 * soon waits the ceiling at each of them), but it never delays a pair that has not failed: the owner, from their
 * own address, always gets their first attempt checked, however long someone else keeps failing. An address
 * that fails on many accounts waits too. Attempts during a delay are refused without looking at the password
 * and only counted, for one report per account and period. Unknown names are counted like known ones, so the
 * throttle tells nothing about which accounts exist. Kept in memory: a restart forgets it, which only ever helps
 * the legitimate user.
 */
final class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PAIR_FREE_FAILURES = 5;
    private static final int MAX_TRACKED = 50_000;

    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final Duration ceiling;
    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, Refused> refused = new ConcurrentHashMap<>();

    SignInThrottle(int accountFreeFailures, int addressFreeFailures, Duration ceiling) {
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.ceiling = ceiling;
    }

    /** How long this attempt must wait before it may be checked; zero when it may be checked now. */
    Duration wait(String account, String address, Instant now) {
        Instant until = pairUntil(account, address, now);
        Failures fromAddress = live(addresses.get(address), now);
        if (fromAddress != null && fromAddress.count >= addressFreeFailures) {
            Instant addressUntil = fromAddress.last.plus(delay(fromAddress.count - addressFreeFailures));
            until = addressUntil.isAfter(until) ? addressUntil : until;
        }
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private Instant pairUntil(String account, String address, Instant now) {
        Failures pair = live(pairs.get(pairKey(account, address)), now);
        if (pair == null) {
            return Instant.MIN;
        }
        Failures all = live(accounts.get(account), now);
        int exponent = Math.max(pair.count - PAIR_FREE_FAILURES, all == null ? -1 : all.count - accountFreeFailures);
        return exponent < 0 ? Instant.MIN : pair.last.plus(delay(exponent));
    }

    void failed(String account, String address, Instant now) {
        if (pairs.size() > MAX_TRACKED) {
            forgetStale(now);
        }
        count(pairs, pairKey(account, address), now);
        count(accounts, account, now);
        count(addresses, address, now);
    }

    /**
     * The pair's failures are forgotten, the account's are not: a success of the owner must not give an attacker
     * elsewhere a fresh allowance.
     */
    void succeeded(String account, String address) {
        pairs.remove(pairKey(account, address));
    }

    /** An attempt refused unread during a delay: counted for the report, never written one by one. */
    void refused(String account, String address, Instant now) {
        refused.merge(
                account,
                new Refused(1, now, now, address),
                (old, one) -> new Refused(old.count + 1, old.first, now, address));
    }

    /** The attempts refused since the last report, one line per account, and a fresh count from now on. */
    List<Refused.Report> report() {
        List<Refused.Report> reports = new ArrayList<>();
        for (String account : List.copyOf(refused.keySet())) {
            Refused counted = refused.remove(account);
            if (counted != null) {
                reports.add(
                        new Refused.Report(account, counted.count, counted.first, counted.last, counted.lastAddress));
            }
        }
        return reports;
    }

    private Duration delay(int exponent) {
        return Duration.ofSeconds(Math.min(1L << Math.min(exponent, 20), ceiling.toSeconds()));
    }

    private static Failures live(Failures failures, Instant now) {
        return failures == null || failures.last.plus(WINDOW).isBefore(now) ? null : failures;
    }

    private static void count(Map<String, Failures> counts, String key, Instant now) {
        counts.merge(
                key,
                new Failures(1, now),
                (old, one) -> old.last.plus(WINDOW).isBefore(now) ? one : new Failures(old.count + 1, now));
    }

    private void forgetStale(Instant now) {
        for (Map<String, Failures> counts : List.of(pairs, accounts, addresses)) {
            counts.values().removeIf(recorded -> recorded.last.plus(WINDOW).isBefore(now));
        }
    }

    private static String pairKey(String account, String address) {
        return account + '\n' + address;
    }

    private record Failures(int count, Instant last) {}

    /** Attempts refused unread for one account since the last report. */
    record Refused(int count, Instant first, Instant last, String lastAddress) {

        /** One line of the report: an account, how many attempts, between when and when, the last address. */
        record Report(String account, int count, Instant first, Instant last, String lastAddress) {}
    }
}
