package un.vra.claims.demo;

import java.util.Locale;

/**
 * What {@code claims.demo} asks for. Only the two exact words create anything: {@code full} (demo accounts
 * and claims) and {@code accounts} (demo accounts only); {@code none}, {@code false}, {@code off}, a typo or
 * nothing at all create no account whose password is published.
 */
public enum DemoMode {
    FULL,
    ACCOUNTS,
    NONE;

    public static DemoMode of(String setting) {
        String word = setting == null ? "" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "full" -> FULL;
            case "accounts" -> ACCOUNTS;
            default -> NONE;
        };
    }

    public boolean createsAccounts() {
        return this != NONE;
    }
}
