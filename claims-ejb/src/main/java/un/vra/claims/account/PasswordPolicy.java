package un.vra.claims.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import un.vra.claims.shared.InvalidInputException;

/**
 * Passwords as OWASP ASVS 5.0 asks: at least 12 characters (up to 128), no composition rules, and no common
 * or guessable password: a list of common ones, runs and repeats, or the user name itself.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();
    private static final String RUNS = "01234567890 abcdefghijklmnopqrstuvwxyz qwertyuiopasdfghjklzxcvbnm";

    private PasswordPolicy() {}

    /** Refuses a password that breaks the policy, saying why; the password itself is never repeated. */
    public static void check(String field, String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "a password has at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)
                || lower.chars().distinct().count() <= 2
                || RUNS.contains(lower)
                || new StringBuilder(RUNS).reverse().toString().contains(lower)) {
            throw new InvalidInputException(field, "this password is too common or too easy to guess");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "a password cannot contain the user name");
        }
    }

    private static Set<String> load() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
