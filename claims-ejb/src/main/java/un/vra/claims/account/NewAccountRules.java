package un.vra.claims.account;

import java.util.regex.Pattern;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.InvalidInputException;

/** What every new account needs, whoever creates it: a well-formed, unused name and a strong first password. */
final class NewAccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private NewAccountRules() {
    }

    static void check(AccountRepository accounts, String username, String initialPassword) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (accounts.find(username).isPresent()) {
            throw new DomainException("CONFLICT", "an account " + username + " already exists");
        }
        PasswordPolicy.check("initialPassword", username, initialPassword);
    }
}
