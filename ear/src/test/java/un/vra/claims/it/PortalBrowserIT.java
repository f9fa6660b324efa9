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
import un.vra.claims.it.pages.ActionDialog;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.InboxPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.SignInPage;

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
        officer.act(
                reference,
                "NOTIFY_MEMBER_STATE",
                officer.version(reference),
                "{\"noteVerbaleReference\":\"NV-I\",\"notifiedOn\":\"" + notifiedOn + "\"}");
        return reference;
    }

    @Test
    void theLandingPageListsWhatWaitsForTheStateWithTheNextStepAndItsDueDay() {
        String notified = notifiedClaim(TODAY.minusMonths(3), TODAY);
        String received = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            PortalHomePage home = PortalHomePage.shown(browser);
            String text = home.pendingClaim(notified);
            assertTrue(text.contains("Acknowledge the notification"), text);
            assertTrue(text.contains(TODAY.plusDays(30).toString()), text);
            assertFalse(home.shows(received), "a claim still with the UN does not wait for the State");
        }
    }

    @Test
    void theInboxShowsNewNotificationsAndRemindersAndKeepsReadMarksPerAccount() {
        String fresh = notifiedClaim(TODAY.minusMonths(3), TODAY);
        String late = notifiedClaim(TODAY.minusYears(1), TODAY.minusDays(75));
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            InboxPage inbox = InboxPage.fromMenu(browser);
            assertTrue(inbox.message(fresh).contains("A new claim was notified to your State."));
            assertTrue(inbox.isUnread(fresh));
            long unread = inbox.unreadCount();
            inbox.markRead(fresh);
            assertEquals(unread - 1, inbox.unreadCount());
            assertTrue(inbox.isRead(fresh));

            String reminder = inbox.message(late);
            assertTrue(
                    reminder.contains("Reminder: \"Acknowledge the notification\" was due on " + TODAY.minusDays(45)),
                    reminder);
            assertTrue(reminder.contains(TODAY.minusDays(15).toString()), "the latest reminder is dated: " + reminder);
            inbox.showUnreadOnlyHiding(fresh);
            assertTrue(inbox.isUnread(late));
        }
    }

    @Test
    void aFocalPointRecordsADnaSampleAndTheResultThroughThePortal() {
        String reference = notifiedClaim(TODAY.minusMonths(6), TODAY);
        ApiClient focal = ApiClient.as("focal.npl");
        assertEquals(
                200,
                focal.act(reference, "ACKNOWLEDGE", focal.version(reference), "{}")
                        .status());
        assertEquals(
                200,
                focal.act(
                                reference,
                                "START_DNA_TEST",
                                focal.version(reference),
                                "{\"kitId\":\"K-PORTAL\",\"laboratory\":\"Lab N\"}")
                        .status());
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.PORTAL, reference);
            file.action("RECORD_SAMPLE_COLLECTION")
                    .type("kitId", "K-PORTAL")
                    .choose("subject", "Alleged father")
                    .type("collectedBy", "Contingent doctor")
                    .type("place", "Camp clinic")
                    .choose("identityCheck", "Military or police identity card")
                    .type("sealNumber", "SEAL-NF")
                    .record();
            assertEquals("SEAL-NF", file.fatherSeal());
        }
        ApiClient officer = ApiClient.as("vra.officer");
        officer.act(
                reference,
                "RECORD_SAMPLE_COLLECTION",
                officer.version(reference),
                "{\"kitId\":\"K-PORTAL\","
                        + "\"subject\":\"CHILD\",\"collectedBy\":\"N\",\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"SEAL-NC\"}");
        officer.act(
                reference,
                "RECORD_LAB_RECEIPT",
                officer.version(reference),
                "{\"kitId\":\"K-PORTAL\",\"laboratory\":\"Lab N\",\"sealsIntact\":true}");
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.PORTAL, reference);
            file.action("RECORD_DNA_RESULT")
                    .type("kitId", "K-PORTAL")
                    .type("laboratory", "Lab N")
                    .choose("conclusion", "Inclusion")
                    .type("probabilityOfPaternity", "99.98")
                    .record();
            assertEquals("Outcome reported, awaiting the VRA's confirmation", file.status());
            assertEquals("Established", file.reportedOutcome());
            assertEquals("Not determined", file.outcome(), "nothing takes effect before");
        }
        assertEquals(
                200,
                officer.act(reference, "CONFIRM_OUTCOME", officer.version(reference), "{}")
                        .status());
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.PORTAL, reference);
            assertEquals("Paternity established", file.status());
            assertTrue(file.nextStep().startsWith("Arrange support"));
        }
    }

    @Test
    void southAfricasFocalPointCannotActOnNepalsClaimByChangingAFormValue() {
        String nepal = notifiedClaim(TODAY.minusMonths(2), TODAY);
        ApiClient officer = ApiClient.as("vra.officer");
        String own = officer.register(
                ClaimLifecycleIT.FULL_CLAIM.replace("\"memberState\":\"NPL\"", "\"memberState\":\"ZAF\""));
        officer.act(own, "NOTIFY_MEMBER_STATE", officer.version(own), "{\"noteVerbaleReference\":\"NV-Z\"}");
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.zaf");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.PORTAL, own);
            ActionDialog acknowledge = file.action("ACKNOWLEDGE");
            acknowledge.slipInHiddenField("reference", nepal);
            acknowledge.submit();
            file.waitForText("Not found.");
            assertFalse(file.shows(nepal), "the page names no other State's claim, not even to refuse it");
        }
        assertEquals(
                "NOTIFIED", officer.get("/claims/api/claims/" + nepal).json().getString("status"));
        assertEquals("NOTIFIED", officer.get("/claims/api/claims/" + own).json().getString("status"));
    }
}
