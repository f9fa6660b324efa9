package un.vra.claims.claim;

import java.security.SecureRandom;

/**
 * The name everyone but VRA officers sees for a claimant: random, so it reveals nothing, and short enough
 * to read out on the phone. The alphabet leaves out letters and digits that are easy to confuse.
 */
public final class Pseudonym {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonym() {}

    public static String next() {
        StringBuilder text = new StringBuilder("CL-");
        for (int i = 0; i < 8; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }
}
