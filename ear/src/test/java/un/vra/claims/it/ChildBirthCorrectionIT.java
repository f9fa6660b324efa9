package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import un.vra.claims.dev.LocalMailServer;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;

/**
 * Correcting a child's birth on an existing claim, over HTTP, a real SMTP server and Chromium: the VRA's alone (a
 * focal point is refused), at the version seen, sealed at rest, recorded for the UN without the date; the majority
 * flag, the alert and the refusal of an early majority closure follow the corrected date.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildBirthCorrectionIT {

    /** Morocco: a State no other test uses, so that the alerts about its claims are this test's alone. */
    private static final String STATE = "MAR";

    private static final String VRA_OFFICE = "vra-office@claims.localhost";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final ApiClient ADMIN = ApiClient.as("vra.admin");
    private static final ApiClient OFFICER = ApiClient.as("vra.officer");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A notified claim of the State whose one child is known by its year of birth alone. */
    private static String notifiedWithAChildBornIn(String state, int year) {
        return ApiClient.notifiedByAdmin(OFFICER.register("{\"receivedOn\":\"" + TODAY.minusMonths(2)
                + "\",\"claimType\":\"PATERNITY_AND_CHILD_SUPPORT\",\"mission\":\"MINUSCA\","
                + "\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"" + state + "\","
                + "\"children\":[{\"name\":\"Yassine Secretnom\",\"birthYear\":" + year + ",\"sex\":\"MALE\"}]}"));
    }

    private static ApiClient.Reply correct(ApiClient caller, String reference, String ifMatch, String body) {
        return caller.send(
                "PUT", "/claims/api/claims/" + reference + "/children/1/birth", body, "application/json", ifMatch);
    }

    private static ApiClient.Reply correct(ApiClient caller, String reference, LocalDate born) {
        return correct(
                caller,
                reference,
                String.valueOf(ADMIN.version(reference)),
                "{\"birthYear\":" + born.getYear() + ",\"birthDate\":\"" + born + "\"}");
    }

    private static boolean flagged(String reference) {
        return ADMIN.get("/claims/api/claims?memberState=" + STATE + "&q=" + reference)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getBoolean("majorityApproaching");
    }

    private static void runJobForToday() throws Exception {
        TestDatabase.reminderJobLastDone(TODAY.minusDays(1));
        ApiClient.runReminderJob();
    }

    /**
     * The alerts about the claim received by {@code address}, once there is one, or none after 90 seconds: a CI run
     * at load average 13 once found none right after the job's run, whose mail may still be on its way (a first
     * attempt that failed is tried again a minute later, and the outbox's wait counts only mails already due).
     */
    private static List<MimeMessage> awaitAlertsTo(String address, String reference) throws Exception {
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        List<MimeMessage> found = alertsTo(address, reference);
        while (found.isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(250);
            found = alertsTo(address, reference);
        }
        return found;
    }

    private static List<MimeMessage> alertsTo(String address, String reference) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : LocalMailServer.running().received()) {
            if (message.getSubject().contains(reference)
                    && message.getRecipients(Message.RecipientType.TO)[0]
                            .toString()
                            .equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String sealedBirthDate(String reference) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement read = db.prepareStatement("SELECT cc.birth_date FROM claim_child cc"
                        + " JOIN claim c ON c.id = cc.claim_id WHERE c.reference = ? AND cc.position = 1")) {
            read.setString(1, reference);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    @Test
    void aCorrectedBirthMovesTheFlagTheAlertAndTheMajorityClosureAndOnlyTheVraMayMakeIt() throws Exception {
        String reference = notifiedWithAChildBornIn(STATE, TODAY.getYear() - 10);
        assertFalse(flagged(reference), "a child of age in eight years raises no flag");
        runJobForToday();
        assertTrue(alertsTo(VRA_OFFICE, reference).isEmpty(), "nor an alert");

        String nepals = notifiedWithAChildBornIn("NPL", TODAY.getYear() - 10);
        long nepalsVersion = ADMIN.version(nepals);
        ApiClient.Reply byFocalPoint = correct(
                ApiClient.as("focal.npl"),
                nepals,
                String.valueOf(nepalsVersion),
                "{\"birthYear\":" + (TODAY.getYear() - 17) + "}");
        assertEquals(403, byFocalPoint.status(), byFocalPoint.response().body());
        assertEquals(nepalsVersion, ADMIN.version(nepals), "the focal point changed nothing");
        ApiClient.Reply byAnotherState = correct(
                ApiClient.as("focal.zaf"),
                nepals,
                String.valueOf(nepalsVersion),
                "{\"birthYear\":" + (TODAY.getYear() - 17) + "}");
        assertEquals(404, byAnotherState.status(), "another State's claim does not exist for it");
        assertEquals(nepalsVersion, ADMIN.version(nepals));

        long version = ADMIN.version(reference);
        long comingOfAge = comingOfAge();
        LocalDate soon = TODAY.minusYears(17).plusMonths(1);
        String body = "{\"birthYear\":" + soon.getYear() + ",\"birthDate\":\"" + soon + "\"}";
        assertEquals(428, correct(OFFICER, reference, null, body).status(), "no If-Match");
        ApiClient.Reply stale = correct(OFFICER, reference, String.valueOf(version - 1), body);
        assertEquals(412, stale.status(), stale.response().body());
        assertEquals("STALE_VERSION", stale.json().getString("code"));
        ApiClient.Reply future = correct(
                OFFICER,
                reference,
                String.valueOf(version),
                "{\"birthYear\":" + TODAY.getYear() + ",\"birthDate\":\"" + TODAY.plusDays(1) + "\"}");
        assertEquals(400, future.status(), future.response().body());
        assertEquals(version, ADMIN.version(reference), "a refused correction changes nothing");

        ApiClient.Reply corrected = correct(OFFICER, reference, String.valueOf(version), body);
        assertEquals(200, corrected.status(), corrected.response().body());
        assertEquals("\"" + (version + 1) + "\"", corrected.header("ETag"), "the version moves on like an action's");
        JsonObject child = corrected.json().getJsonArray("children").getJsonObject(0);
        assertEquals(soon.toString(), child.getString("birthDate"));
        assertEquals(YearMonth.from(soon.plusYears(18)).toString(), child.getString("majorityMonth"));
        assertEquals(1, child.getInt("position"));
        assertEquals("Yassine Secretnom", child.getString("name"), "the child's other details stay");
        assertEquals("NOTIFIED", corrected.json().getString("status"), "no step of the claim");
        String sealed = sealedBirthDate(reference);
        assertFalse(sealed.contains(soon.toString()), "the date of birth is sealed at rest: " + sealed);

        String timeline = ADMIN.get("/claims/api/claims/" + reference + "/timeline")
                .json()
                .toString();
        assertTrue(timeline.contains("CORRECT_CHILD_BIRTH"), timeline);
        assertFalse(timeline.contains(soon.toString()), "the event holds no date of birth: " + timeline);
        String statesView = ApiClient.as("vra.officer")
                .get("/claims/api/claims/" + reference + "/timeline?view=MEMBER_STATE")
                .json()
                .toString();
        assertFalse(statesView.contains("CORRECT_CHILD_BIRTH"), "the correction is the UN's alone");

        assertTrue(flagged(reference), "the flag follows the corrected date");
        assertEquals(comingOfAge + 1, comingOfAge(), "so does the State's count of children coming of age");
        runJobForToday();
        List<MimeMessage> alerts = awaitAlertsTo(VRA_OFFICE, reference);
        assertEquals(1, alerts.size(), "one alert for the corrected majority");
        MimeMessage alert = alerts.get(0);
        String text = alert.getSubject() + "\n" + alert.getContent();
        assertTrue(text.contains("child 1 comes of age in "), text);
        assertFalse(text.contains("Secretnom") || text.contains(soon.toString()), "no personal data: " + text);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        alert.writeTo(raw);
        Files.write(Path.of("target", "majority-alert-received.eml"), raw.toByteArray());
        System.out.println("--- a mail as the test SMTP server received it ---\n" + raw.toString(StandardCharsets.UTF_8)
                + "\n--- end of the mail ---");

        ApiClient.Reply early =
                ADMIN.act(reference, "CLOSE", ADMIN.version(reference), "{\"reason\":\"CHILD_REACHED_MAJORITY\"}");
        assertEquals(409, early.status(), early.response().body());
        assertEquals("CHILD_NOT_OF_AGE", early.json().getString("code"));
        assertTrue(
                early.json().getString("message").contains("child 1 comes of age only on " + soon.plusYears(18)),
                early.json().getString("message"));

        // Of age since last month: the flag reads the month of majority, which this month's would still match.
        LocalDate ofAge = TODAY.minusYears(18).minusMonths(1);
        assertEquals(200, correct(OFFICER, reference, ofAge).status());
        assertFalse(flagged(reference), "a child of age raises no flag any more");
        assertEquals(comingOfAge, comingOfAge(), "nor counts among those coming of age");
        ApiClient.Reply closed =
                ADMIN.act(reference, "CLOSE", ADMIN.version(reference), "{\"reason\":\"CHILD_REACHED_MAJORITY\"}");
        assertEquals(
                200,
                closed.status(),
                "the closure follows the corrected date: " + closed.response().body());
        assertNoMajorityDrift();
    }

    /**
     * The children of the State's open claims who come of age in the next 24 months, from the counts the database
     * keeps as claims and children are written.
     */
    private static long comingOfAge() {
        return ADMIN.get("/claims/api/metrics/coming-majorities").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("memberState").equals(STATE))
                .mapToLong(row -> row.getJsonNumber("children").longValue())
                .sum();
    }

    /** The drift check finds the kept counts of children coming of age equal to the children, for every State. */
    private static void assertNoMajorityDrift() {
        JsonObject check = ADMIN.runJob(MeasuresIT.DRIFT, "").json();
        assertEquals(
                0,
                check.getJsonObject("result")
                        .getJsonArray("differentMajorities")
                        .size(),
                check.toString());
    }

    @Test
    void anOfficerCorrectsABirthOnTheClaimFileInEnglishAndFrench() {
        for (String language : new String[] {"en", "fr"}) {
            boolean english = language.equals("en");
            String reference = notifiedWithAChildBornIn(STATE, TODAY.getYear() - 10);
            try (Browser browser = new Browser(language)) {
                SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
                ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, reference);
                file.waitForText(english ? "Correct a child's birth" : "Corriger la naissance d'un enfant");
                for (String label : english
                        ? new String[] {"Child", "Year of birth", "Date of birth (if known)", "Correct the birth"}
                        : new String[] {
                            "Enfant", "Année de naissance", "Date de naissance (si connue)", "Corriger la naissance"
                        }) {
                    assertTrue(file.shows(label), label);
                }
                assertFalse(file.shows("???"));
                String due = (english ? "Due " : "Échéance ") + TODAY.plusDays(30);
                assertTrue(file.nextStep().contains(due), "the next step's due day: " + file.nextStep());
                assertTrue(browser.fitsWidth(), "the claim file fits 1280 px");
                LocalDate soon = TODAY.minusYears(17).plusMonths(2);
                file.correctChildBirth(1, soon.getYear(), soon.toString());
                file.waitForText(english ? "Child's birth corrected." : "Naissance de l'enfant corrigée.");
                file.waitForText(english ? "Correct a child's birth" : "Corriger la naissance d'un enfant");
                browser.waitFor(By.id("child-birth"));
                file.screenshot("claim-child-birth-corrected-" + language);
            }
            JsonObject child = ADMIN.get("/claims/api/claims/" + reference)
                    .json()
                    .getJsonArray("children")
                    .getJsonObject(0);
            assertEquals(TODAY.minusYears(17).plusMonths(2).toString(), child.getString("birthDate"));
            assertTrue(flagged(reference));
        }
    }
}
