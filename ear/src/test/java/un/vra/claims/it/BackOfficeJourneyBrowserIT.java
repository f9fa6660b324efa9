package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.RegisterClaimPage;
import un.vra.claims.it.pages.SignInPage;

/** An officer's day: registering a claim (and being warned of a duplicate) and walking a claim to closure. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static RegisterClaimPage fillAndRegister(Browser browser, String claimant, String allegation) {
        RegisterClaimPage form = RegisterClaimPage.fromMenu(browser)
                .mission("MONUSCO")
                .allegation(allegation)
                .personnelCategory("Military contingent")
                .memberState("NPL")
                .claimant(claimant, "+243 111 222")
                .child("2022", "Female");
        form.submit();
        return form;
    }

    private static String referenceOnFile(ClaimFilePage file) {
        return file.heading().replaceAll(".*(PC-\\d{4}-\\d{4}).*", "$1");
    }

    @Test
    void anOfficerRegistersAClaimAndIsWarnedBeforeRegisteringTheSameClaimantTwice() {
        String claimant = "Zawadi Journey " + System.nanoTime() % 100000;
        String allegation = "SEA-J" + System.nanoTime() % 100000000;
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            fillAndRegister(browser, claimant, allegation).waitForText("The claim was registered.");
            ClaimFilePage firstFile = ClaimFilePage.shown(browser);
            String first = referenceOnFile(firstFile);
            assertEquals("Received", firstFile.status());
            assertTrue(firstFile.claimant().contains(claimant));

            RegisterClaimPage again = fillAndRegister(browser, "  " + claimant.toUpperCase() + " ", "SEA-OTHER");
            again.waitForText("This claim may already be registered.");
            assertEquals(first, again.probableDuplicate());
            again.registerAnyway();
            again.waitForText("The claim was registered.");
            String second = referenceOnFile(ClaimFilePage.shown(browser));
            assertTrue(!second.equals(first), second);
        }
        ApiClient officer = ApiClient.as("vra.officer");
        String sameAllegation = "{\"receivedOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"claimType\":\"PATERNITY\","
                + "\"mission\":\"MONUSCO\",\"allegationReference\":\"" + allegation + "\",\"personnelCategory\":"
                + "\"MILITARY_CONTINGENT\",\"memberState\":\"NPL\",\"children\":[{\"birthYear\":2022,\"sex\":\"MALE\"}]}";
        List<String> found = officer
                .post("/claims/api/claims/duplicates", sameAllegation)
                .json()
                .getJsonArray("probableDuplicates")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(
                0,
                officer.post("/claims/api/claims/duplicates", sameAllegation.replace("2022", "2019"))
                        .json()
                        .getJsonArray("probableDuplicates")
                        .size());
    }

    @Test
    void aClaimIsWalkedToClosureWithTheStatesStepsThroughTheApi() {
        ApiClient officer = ApiClient.as("vra.officer");
        ApiClient nepal = ApiClient.as("focal.npl");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, ref);
            file.action("NOTIFY_MEMBER_STATE")
                    .type("noteVerbaleReference", "NV/J/1")
                    .record();
            assertEquals("Notified to the State", file.status());
        }
        for (String[] step : new String[][] {
            {"ACKNOWLEDGE", "{}"},
            {"START_DNA_TEST", "{\"kitId\":\"K-J\",\"laboratory\":\"Lab J\"}"},
            {
                "RECORD_SAMPLE_COLLECTION",
                "{\"kitId\":\"K-J\",\"subject\":\"CHILD\",\"collectedBy\":\"N\","
                        + "\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"S-JC\"}"
            },
            {
                "RECORD_SAMPLE_COLLECTION",
                "{\"kitId\":\"K-J\",\"subject\":\"ALLEGED_FATHER\",\"collectedBy\":\"D\","
                        + "\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"S-JF\"}"
            },
            {"RECORD_LAB_RECEIPT", "{\"kitId\":\"K-J\",\"laboratory\":\"Lab J\",\"sealsIntact\":true}"},
            {
                "RECORD_DNA_RESULT",
                "{\"kitId\":\"K-J\",\"laboratory\":\"Lab J\",\"conclusion\":\"INCLUSION\","
                        + "\"probabilityOfPaternity\":99.95}"
            }
        }) {
            assertEquals(
                    200, nepal.act(ref, step[0], nepal.version(ref), step[1]).status(), step[0]);
        }
        assertEquals(
                "OUTCOME_REPORTED",
                officer.get("/claims/api/claims/" + ref).json().getString("status"),
                "a result the State records waits for the VRA");
        assertEquals(
                200,
                officer.act(ref, "CONFIRM_OUTCOME", officer.version(ref), "{}").status());
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, ref);
            assertEquals("Paternity established", file.status());
            file.action("ARRANGE_SUPPORT")
                    .choose("kind", "Agreement")
                    .type("amount", "120")
                    .type("currency", "USD")
                    .choose("frequency", "Monthly")
                    .date("startsOn", "2026-01-01")
                    .record();
            file.waitForStatus("Support arranged");
            file.action("RECORD_PAYMENT")
                    .type("amount", "120")
                    .type("currency", "USD")
                    .type("payer", "NPL mission")
                    .record();
            file.waitForSupportPaid("120.00 USD");
            file.action("CLOSE").choose("reason", "Resolved").record();
            file.waitForStatus("Closed");
        }
        assertEquals("RESOLVED", officer.get("/claims/api/claims/" + ref).json().getString("closureReason"));
    }
}
