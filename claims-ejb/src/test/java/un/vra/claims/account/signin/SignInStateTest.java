package un.vra.claims.account.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInStateTest {

    @Test
    void aPageOfTheModuleIsKeptForAfterTheSignIn() {
        assertEquals(
                Optional.of("/claim.xhtml?reference=PC-2026-0001"),
                SignInState.safeNext("/claim.xhtml?reference=PC-2026-0001"));
        assertEquals(Optional.of("/account/tokens.xhtml"), SignInState.safeNext("/account/tokens.xhtml"));
    }

    @Test
    void nothingLeadsToAnotherSiteOrBackToTheSignIn() {
        for (String hostile : new String[] {
            null,
            "",
            "/",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example/",
            "claim.xhtml",
            "/claim.xhtml\r\nSet-Cookie: x=1",
            "/javascript:alert(1)",
            "/sign-in.xhtml",
            "/second-factor.xhtml?next=/x",
            "/" + "a".repeat(SignInState.NEXT_MAX_LENGTH)
        }) {
            assertTrue(SignInState.safeNext(hostile).isEmpty(), String.valueOf(hostile));
        }
    }
}
