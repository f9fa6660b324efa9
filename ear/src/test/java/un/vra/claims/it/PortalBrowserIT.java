package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The focal point's portal: what waits for the State, the inbox, and the State's DNA steps through the dialogs. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String notifiedClaim(LocalDate receivedOn, LocalDate notifiedOn) {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace("2024-03-01", receivedOn.toString()));
        officer.act(reference, "NOTIFY_MEMBER_STATE", officer.version(reference),
                "{\"noteVerbaleReference\":\"NV-I\",\"notifiedOn\":\"" + notifiedOn + "\"}");
        return reference;
    }

    private static WebElement row(Browser browser, String tableId, String reference) {
        browser.waitFor(By.id(tableId));
        return browser.waitFor(By.xpath("//*[@id='" + tableId + "']//tr[.//a[text()='" + reference + "']]"));
    }

    @Test
    void theLandingPageListsWhatWaitsForTheStateWithTheNextStepAndItsDueDay() {
        String notified = notifiedClaim(TODAY.minusMonths(3), TODAY);
        String received = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            String text = row(browser, "pending:claims", notified).getText();
            assertTrue(text.contains("Acknowledge the notification"), text);
            assertTrue(text.contains(TODAY.plusDays(30).toString()), text);
            assertFalse(browser.pageText().contains(received), "a claim still with the UN does not wait for the State");
        }
    }

    @Test
    void theInboxShowsNewNotificationsAndRemindersAndKeepsReadMarksPerAccount() {
        String fresh = notifiedClaim(TODAY.minusMonths(3), TODAY);
        String late = notifiedClaim(TODAY.minusYears(1), TODAY.minusDays(75));
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.click(By.id("nav-inbox"));
            WebElement notification = row(browser, "inbox:items", fresh);
            assertTrue(notification.getText().contains("A new claim was notified to your State."));
            assertTrue(notification.getAttribute("class").contains("unread"));
            String reminder = row(browser, "inbox:items", late).getText();
            assertTrue(reminder.contains("Reminder: \"Acknowledge the notification\" was due on "
                    + TODAY.minusDays(45)), reminder);
            assertTrue(reminder.contains(TODAY.minusDays(15).toString()), "the latest reminder is dated: " + reminder);

            long unread = unread(browser);
            browser.click(By.xpath("//*[@id='inbox:items']//tr[.//a[text()='" + fresh + "']]//button"));
            browser.waitForText("Unread messages: " + (unread - 1));
            assertTrue(row(browser, "inbox:items", fresh).getAttribute("class").contains(" read"));
            browser.click(By.cssSelector("[id='inbox:unread-only'] .ui-chkbox-box"));
            browser.waitUntilGone(By.linkText(fresh));
            assertTrue(browser.pageText().contains(late));
        }
    }

    private static long unread(Browser browser) {
        return Long.parseLong(browser.waitFor(By.id("inbox:unread-count")).getText().replaceAll("\\D", ""));
    }

    @Test
    void aFocalPointRecordsADnaSampleAndTheResultThroughThePortal() {
        String reference = notifiedClaim(TODAY.minusMonths(6), TODAY);
        ApiClient focal = ApiClient.as("focal.npl");
        assertEquals(200, focal.act(reference, "ACKNOWLEDGE", focal.version(reference), "{}").status());
        assertEquals(200, focal.act(reference, "START_DNA_TEST", focal.version(reference),
                "{\"kitId\":\"K-PORTAL\",\"laboratory\":\"Lab N\"}").status());
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.open("/portal/claim.xhtml?reference=" + reference);
            browser.action("RECORD_SAMPLE_COLLECTION").type("kitId", "K-PORTAL").choose("subject", "Alleged father")
                    .type("collectedBy", "Contingent doctor").type("place", "Camp clinic")
                    .choose("identityCheck", "Military or police identity card").type("sealNumber", "SEAL-NF").record();
            assertEquals("SEAL-NF", browser.waitFor(By.id("father-seal")).getText());
        }
        ApiClient officer = ApiClient.as("vra.officer");
        officer.act(reference, "RECORD_SAMPLE_COLLECTION", officer.version(reference), "{\"kitId\":\"K-PORTAL\","
                + "\"subject\":\"CHILD\",\"collectedBy\":\"N\",\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"SEAL-NC\"}");
        officer.act(reference, "RECORD_LAB_RECEIPT", officer.version(reference),
                "{\"kitId\":\"K-PORTAL\",\"laboratory\":\"Lab N\",\"sealsIntact\":true}");
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.open("/portal/claim.xhtml?reference=" + reference);
            browser.action("RECORD_DNA_RESULT").type("kitId", "K-PORTAL").type("laboratory", "Lab N")
                    .choose("conclusion", "Inclusion").type("probabilityOfPaternity", "99.98").record();
            assertEquals("Outcome reported, awaiting the VRA's confirmation", browser.waitFor(By.id("status")).getText());
            assertEquals("Established", browser.waitFor(By.id("reported-outcome")).getText());
            assertEquals("Not determined", browser.waitFor(By.id("outcome")).getText(), "nothing takes effect before");
        }
        assertEquals(200, officer.act(reference, "CONFIRM_OUTCOME", officer.version(reference), "{}").status());
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.open("/portal/claim.xhtml?reference=" + reference);
            assertEquals("Paternity established", browser.waitFor(By.id("status")).getText());
            assertTrue(browser.waitFor(By.id("next-step")).getText().startsWith("Arrange support"));
        }
    }

    @Test
    void southAfricasFocalPointCannotActOnNepalsClaimByChangingAFormValue() {
        String nepal = notifiedClaim(TODAY.minusMonths(2), TODAY);
        ApiClient officer = ApiClient.as("vra.officer");
        String own = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace("\"memberState\":\"NPL\"",
                "\"memberState\":\"ZAF\""));
        officer.act(own, "NOTIFY_MEMBER_STATE", officer.version(own), "{\"noteVerbaleReference\":\"NV-Z\"}");
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.zaf");
            browser.open("/portal/claim.xhtml?reference=" + own);
            browser.click(By.cssSelector(".action-ACKNOWLEDGE"));
            browser.waitFor(By.id("action-form:submit"));
            browser.script("var input = document.createElement('input'); input.type = 'hidden';"
                    + " input.name = 'reference'; input.value = arguments[0];"
                    + " document.getElementById('action-form').appendChild(input);", nepal);
            browser.click(By.id("action-form:submit"));
            browser.waitForText("no claim " + nepal);
        }
        assertEquals("NOTIFIED", officer.get("/claims/api/claims/" + nepal).json().getString("status"));
        assertEquals("NOTIFIED", officer.get("/claims/api/claims/" + own).json().getString("status"));
    }
}
