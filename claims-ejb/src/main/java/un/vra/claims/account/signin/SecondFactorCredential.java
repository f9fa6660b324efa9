package un.vra.claims.account.signin;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a page sign-in: a code of the authenticator app, or a recovery code, as typed. */
public record SecondFactorCredential(String code) implements Credential {}
