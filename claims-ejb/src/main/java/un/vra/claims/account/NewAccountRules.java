package un.vra.claims.account;

import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

/** What every new account needs, whoever creates it: a well-formed, unused name and a strong first password. */
final class NewAccountRules {

    private NewAccountRules() {}

    static void check(AccountRepository accounts, String username, String initialPassword) {
        if (username == null || !UserNames.ALLOWED.matcher(username).matches()) {
            throw new InvalidInputException("username", "3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (!UserNames.possible(username)) {
            throw new InvalidInputException("username", "'" + username + "' names a caller who did not sign in");
        }
        if (accounts.find(username).isPresent()) {
            throw new DomainException(ErrorCode.CONFLICT, "an account " + username + " already exists", username);
        }
        PasswordPolicy.check("initialPassword", username, initialPassword);
    }
}
