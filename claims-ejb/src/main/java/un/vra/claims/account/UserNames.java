package un.vra.claims.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User names as the database compares them. Its collation ignores case, accents and trailing spaces, so
 * {@code ADMIN}, {@code admin }, {@code Ádmin} all find {@code admin}: every sign-in path turns the typed name into
 * this one form first, so that the throttle, the audit trail and the lookup all speak of the same account.
 */
public final class UserNames {

    /** What a new account may be called; a name that cannot have this form after folding is no account at all. */
    static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** Longer input is cut before any work on it: a user name field may hold anything. */
    private static final int MAX_TYPED = 256;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private UserNames() {}

    /** Compatibility forms folded (full-width letters), surrounding spaces removed, lower case, accents dropped. */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String bounded = typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
        String folded =
                Normalizer.normalize(bounded, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The name the container gives a caller who did not sign in (Payara's {@code ANONYMOUS}, folded): no account may
     * have it, since the database's collation would find such an account under the container's name.
     */
    static final String NOT_SIGNED_IN = "anonymous";

    /** Whether a canonical name could belong to an account; others are never looked up. */
    static boolean possible(String canonical) {
        return ALLOWED.matcher(canonical).matches() && !canonical.equals(NOT_SIGNED_IN);
    }

    /** The name as typed, for the audit trail when it differs from its canonical form: bounded, no controls. */
    static String asTyped(String typed) {
        String visible = CONTROLS.matcher(typed == null ? "" : typed).replaceAll("?");
        return visible.length() > 64 ? visible.substring(0, 64) + "..." : visible;
    }
}
