package un.vra.claims.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void onlyFullAndAccountsCreateDemoAccounts() {
        assertEquals(DemoMode.FULL, DemoMode.of("full"));
        assertEquals(DemoMode.ACCOUNTS, DemoMode.of(" Accounts "));
        assertTrue(DemoMode.FULL.createsAccounts());
        assertTrue(DemoMode.ACCOUNTS.createsAccounts());
    }

    @Test
    void falseOffNoneATypoOrNothingCreateNoAccount() {
        for (String setting : Arrays.asList("false", "off", "none", "no", "0", "fulll", "", " ", null)) {
            assertEquals(DemoMode.NONE, DemoMode.of(setting), String.valueOf(setting));
            assertFalse(DemoMode.of(setting).createsAccounts(), String.valueOf(setting));
        }
    }
}
