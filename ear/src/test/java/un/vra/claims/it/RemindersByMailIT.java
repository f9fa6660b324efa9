package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.dev.LocalMailServer;
import un.vra.claims.it.pages.InboxPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;

/**
 * The daily reminder job and the outbox over a real SMTP server (the test environment's GreenMail): who is written
 * to at each rung of a State's overdue step, in which language, with no personal data, exactly once however often
 * the job runs, and nothing lost while the SMTP server is down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersByMailIT {

    /** Benin: a State no other test uses, so that its focal points' mails are this test's alone. */
    private static final String STATE = "BEN";

    private static final String FOCAL = "focal@ben.example.org";
    private static final String DEPUTY = "deputy@ben.example.org";
    private static final String MISSION = "mission@ben.example.org";
    private static final String VRA_OFFICE = "vra-office@claims.localhost";
    private static final String CLAIMANT = "Amelie Confidentielle";
    private static final String CHILD = "Enfant Secretnom";

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final ApiClient ADMIN = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @BeforeAll
    static void beninHasAFocalPointADeputyAndAMission() {
        designate("ben.focal", false, FOCAL, "fr");
        designate("ben.deputy", true, DEPUTY, "en");
        ApiClient.Reply mission = ADMIN.send(
                "PUT",
                "/claims/api/focal-points/missions/" + STATE,
                "{\"email\":\"" + MISSION + "\",\"language\":\"fr\"}",
                "application/json",
                null);
        assertEquals(204, mission.status(), mission.response().body());
    }

    private static void designate(String username, boolean deputy, String email, String language) {
        ApiClient.Reply designated = ADMIN.post(
                "/claims/api/focal-points",
                "{\"username\":\"" + username + "\",\"memberState\":\"" + STATE + "\",\"deputy\":" + deputy
                        + ",\"initialPassword\":\"correct horse battery staple\"}");
        assertEquals(201, designated.status(), designated.response().body());
        ApiClient.Reply mail = ADMIN.send(
                "PUT",
                "/claims/api/focal-points/" + username + "/mail",
                "{\"email\":\"" + email + "\",\"language\":\"" + language + "\"}",
                "application/json",
                null);
        assertEquals(200, mail.status(), mail.response().body());
    }

    /** A claim of Benin notified {@code daysAgo} days ago and not acknowledged since, with a named claimant. */
    private static String notifiedDaysAgo(int daysAgo) {
        return notifiedDaysAgo(STATE, daysAgo);
    }

    private static String notifiedDaysAgo(String state, int daysAgo) {
        String reference = ApiClient.as("vra.officer")
                .register("{\"receivedOn\":\"" + TODAY.minusDays(daysAgo + 10L)
                        + "\",\"claimType\":\"PATERNITY\",\"mission\":\"MINUSCA\","
                        + "\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"" + state + "\","
                        + "\"claimant\":{\"name\":\"" + CLAIMANT + "\",\"contact\":\"+236 70 00 00 00\"},"
                        + "\"children\":[{\"name\":\"" + CHILD + "\",\"birthYear\":2022,\"sex\":\"FEMALE\"}]}");
        ApiClient.Reply notified = ADMIN.act(
                reference,
                "NOTIFY_MEMBER_STATE",
                ADMIN.version(reference),
                "{\"noteVerbaleReference\":\"NV-" + reference + "\",\"notifiedOn\":\"" + TODAY.minusDays(daysAgo)
                        + "\"}");
        assertEquals(200, notified.status(), notified.response().body());
        return reference;
    }

    private static void lastDayDone(LocalDate day) throws Exception {
        TestDatabase.reminderJobLastDone(day);
    }

    private static void awaitOutboxSent() {
        try {
            TestDatabase.awaitOutboxSent();
        } catch (java.sql.SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> runJob() {
        return ApiClient.runReminderJob();
    }

    /** The mails the SMTP server received about a claim, by recipient. */
    private static Map<String, MimeMessage> received(String reference) throws Exception {
        Map<String, MimeMessage> byRecipient = new TreeMap<>();
        for (MimeMessage message : LocalMailServer.running().received()) {
            if (message.getSubject().contains(reference)) {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                assertFalse(byRecipient.containsKey(to), "one mail to " + to + " about " + reference);
                byRecipient.put(to, message);
            }
        }
        return byRecipient;
    }

    /** The notes verbales on a claim, newest first. */
    private static List<JsonObject> notesVerbales(String reference) {
        return ADMIN.get("/claims/api/claims/" + reference + "/documents").json().getJsonArray("items").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(document -> document.getString("fileName").startsWith("note-verbale-"))
                .toList();
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }

    @Test
    void eachRungWritesToWhomItShouldInTheirLanguageWithoutPersonalDataAndOnlyOnce() throws Exception {
        String late31 = notifiedDaysAgo(61);
        String late61 = notifiedDaysAgo(91);
        String late121 = notifiedDaysAgo(151);
        lastDayDone(TODAY.minusDays(2));

        assertEquals(List.of(TODAY.minusDays(1).toString(), TODAY.toString()), runJob(), "the missed day is caught up");

        Map<String, MimeMessage> first = received(late31);
        assertEquals(List.of(DEPUTY, FOCAL), List.copyOf(first.keySet()), "exactly one reminder to each");
        MimeMessage french = first.get(FOCAL);
        assertTrue(french.getSubject().startsWith("Rappel\u00a0: demande " + late31), french.getSubject());
        assertEquals("fr", french.getHeader("Content-Language")[0]);
        assertTrue(text(french).contains("Accuser réception de la notification"), text(french));
        assertTrue(text(french).contains(TODAY.minusDays(31).toString()), "the due day");
        assertTrue(text(french).contains("/portal/claim.xhtml?reference=" + late31), "a link to the claim");
        try (var out =
                java.nio.file.Files.newOutputStream(java.nio.file.Path.of("target", "reminder-received-fr.eml"))) {
            french.writeTo(out);
        }
        MimeMessage english = first.get(DEPUTY);
        assertTrue(english.getSubject().startsWith("Reminder: claim " + late31), english.getSubject());
        String pseudonym = ADMIN.get("/claims/api/claims/" + late31)
                .json()
                .getJsonObject("claimant")
                .getString("pseudonym");
        assertTrue(text(english).contains(pseudonym), "the pseudonym");

        assertEquals(
                List.of(DEPUTY, FOCAL, MISSION), List.copyOf(received(late61).keySet()), "60 days: mission");
        assertTrue(received(late61).get(MISSION).getSubject().startsWith("Copie à la Mission permanente"));
        assertEquals(
                List.of(DEPUTY, FOCAL, MISSION, VRA_OFFICE),
                List.copyOf(received(late121).keySet()),
                "120 days: the VRA office");
        for (MimeMessage message : LocalMailServer.running().received()) {
            assertFalse(text(message).contains("Amelie") || text(message).contains("Secretnom"), text(message));
            assertFalse(text(message).contains("+236"), "no contact details");
        }

        assertEquals(1, notesVerbales(late31).size(), "31 days: the notification's note verbale only");
        List<JsonObject> notes = notesVerbales(late61);
        assertEquals(2, notes.size(), "60 days: a note verbale to the Permanent Mission besides the notification's");
        String copy = PdfText.compact(ADMIN.download("/claims/api/claims/" + late61 + "/documents/"
                        + notes.get(0).getJsonNumber("id"))
                .body());
        String number = notes.get(0).getString("description").substring("Note verbale ".length());
        assertTrue(copy.contains(number) && copy.contains(late61), copy);
        assertTrue(copy.contains("présentesescomplimentsàlaMissionpermanente(Bénin)"), "in the mission's French");
        assertTrue(copy.contains("appelersonattention"), copy);
        assertFalse(copy.contains("Amelie") || copy.contains("Secretnom") || copy.contains("+236"), copy);
        String statesDocuments = ADMIN.get("/claims/api/claims/" + late61 + "/documents?view=MEMBER_STATE")
                .response()
                .body();
        assertTrue(statesDocuments.contains(number), "the State reads the note addressed to it");

        int before = LocalMailServer.running().received().size();
        assertEquals(List.of(), runJob(), "today is done");
        lastDayDone(TODAY.minusDays(2));
        assertEquals(2, runJob().size(), "the same days run again");
        assertEquals(before, LocalMailServer.running().received().size(), "and send nothing more");

        JsonObject timeline =
                ADMIN.get("/claims/api/claims/" + late121 + "/timeline").json();
        String events = timeline.toString();
        assertEquals(3, events.split("REMINDER_SENT", -1).length - 1, "reminder, mission copy, escalation");
        String statesView = ADMIN.get("/claims/api/claims/" + late121 + "/timeline?view=MEMBER_STATE")
                .json()
                .toString();
        assertEquals(2, statesView.split("REMINDER_SENT", -1).length - 1, "the escalation to the VRA is UN only");

        JsonObject sent = ADMIN.get("/claims/api/outbox?memberState=BEN&status=SENT&size=200")
                .json();
        long aboutLate121 = sent.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("subject").contains(late121))
                .peek(item -> assertTrue(item.getString("lastAnswer").startsWith("250"), item.toString()))
                .count();
        assertEquals(4, aboutLate121);
    }

    @Test
    void withTheSmtpServerDownMailsWaitInTheOutboxAndGoOutOnceItIsBack() throws Exception {
        String late = notifiedDaysAgo(40);
        lastDayDone(TODAY.minusDays(1));
        LocalMailServer.running().stop();
        try {
            assertEquals(List.of(TODAY.toString()), runJob());
            List<JsonObject> waiting = ADMIN
                    .get("/claims/api/outbox?memberState=BEN&status=RETRYING&size=200")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(item -> item.getString("subject").contains(late))
                    .toList();
            assertEquals(2, waiting.size(), "both reminders wait");
            waiting.forEach(item -> {
                assertEquals(1, item.getInt("attempts"));
                assertTrue(item.containsKey("nextAttemptAt"), "a next attempt is planned");
            });
        } finally {
            LocalMailServer.restart();
        }
        try (Connection db = TestDatabase.connect();
                PreparedStatement due = db.prepareStatement(
                        "UPDATE mail_outbox SET next_attempt_at = NOW(6) WHERE status = 'RETRYING'")) {
            due.executeUpdate();
        }
        ApiClient.Reply round = ADMIN.post("/claims/api/outbox/deliveries", "{}");
        assertEquals(200, round.status(), round.response().body());
        awaitOutboxSent();
        assertEquals(List.of(DEPUTY, FOCAL), List.copyOf(received(late).keySet()), "sent once the server is back");
        long sentTwice = ADMIN
                .get("/claims/api/outbox?memberState=BEN&status=SENT&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("subject").contains(late) && item.getInt("attempts") == 2)
                .count();
        assertEquals(2, sentTwice);
    }

    @Test
    void aFocalPointWhoChoseTheWeeklyDigestGetsItsRemindersInOneMailOnMonday() throws Exception {
        PageClient.Onboarded weekly = PageClient.onboardFocalPoint("cmr.weekly", "CMR", "correct horse battery staple");
        ApiClient.Reply chosen = weekly.api()
                .send(
                        "PUT",
                        "/claims/api/account/mail",
                        "{\"email\":\"weekly@cmr.example.org\",\"language\":\"fr\",\"weeklyDigest\":true}",
                        "application/json",
                        null);
        assertEquals(200, chosen.status(), chosen.response().body());
        assertTrue(weekly.api().get("/claims/api/account/mail").json().getBoolean("weeklyDigest"));
        String first = notifiedDaysAgo("CMR", 70);
        String second = notifiedDaysAgo("CMR", 75);
        LocalDate monday = TODAY.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        lastDayDone(monday.minusDays(1));

        assertEquals(monday.toString(), runJob().get(0));

        List<MimeMessage> toWeekly = LocalMailServer.running().received().stream()
                .filter(message -> {
                    try {
                        return message.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals("weekly@cmr.example.org");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertEquals(1, toWeekly.size(), "one digest, no single reminder");
        MimeMessage digest = toWeekly.get(0);
        assertTrue(
                digest.getSubject().startsWith("Récapitulatif hebdomadaire\u00a0: 2 rappel(s)"), digest.getSubject());
        assertTrue(text(digest).contains(first) && text(digest).contains(second), text(digest));
        long digested = ADMIN
                .get("/claims/api/outbox?memberState=CMR&status=DIGESTED&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("recipient").equals("weekly@cmr.example.org"))
                .count();
        assertEquals(2, digested, "the reminders held for it went out in the digest");
    }

    private static void onOutbox(String sql, String reference, int rows) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, "%" + reference + "%");
            assertEquals(rows, update.executeUpdate(), sql);
        }
    }

    private static List<MimeMessage> copiesAbout(String reference) throws Exception {
        List<MimeMessage> copies = new java.util.ArrayList<>();
        for (MimeMessage message : LocalMailServer.running().received()) {
            if (message.getSubject().contains(reference)) {
                copies.add(message);
            }
        }
        return copies;
    }

    @Test
    void aMailTheServerTookButThatWasNeverMarkedSentGoesAgainUnderTheSameMessageId() throws Exception {
        String late = notifiedDaysAgo(33);
        lastDayDone(TODAY.minusDays(1));
        assertEquals(List.of(TODAY.toString()), runJob());
        Map<String, MimeMessage> first = received(late);
        assertEquals(List.of(DEPUTY, FOCAL), List.copyOf(first.keySet()));

        // As a server that stopped after the SMTP server took the mails, before their transaction committed, leaves
        // them: the attempt rolled back, the rows as they were before it.
        onOutbox(
                "UPDATE mail_outbox SET status = 'PENDING', attempts = attempts - 1, sent_at = NULL,"
                        + " last_answer = NULL, next_attempt_at = NOW(6) WHERE subject LIKE ?",
                late,
                2);
        ApiClient.Reply round = ADMIN.post("/claims/api/outbox/deliveries", "{}");
        assertEquals(200, round.status(), round.response().body());
        awaitOutboxSent();

        List<MimeMessage> copies = copiesAbout(late);
        assertEquals(4, copies.size(), "nothing lost: each mail went again");
        for (String to : List.of(DEPUTY, FOCAL)) {
            List<String> ids = new java.util.ArrayList<>();
            for (MimeMessage copy : copies) {
                if (copy.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
                    ids.add(copy.getMessageID());
                }
            }
            assertEquals(2, ids.size(), to);
            assertEquals(ids.get(0), ids.get(1), "the second copy carries the first one's Message-ID");
            assertEquals(first.get(to).getMessageID(), ids.get(0));
        }
        assertFalse(
                first.get(DEPUTY).getMessageID().equals(first.get(FOCAL).getMessageID()),
                "each mail its own Message-ID");
        long sentOnce = ADMIN
                .get("/claims/api/outbox?memberState=BEN&status=SENT&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("subject").contains(late) && item.getInt("attempts") == 1)
                .count();
        assertEquals(2, sentOnce, "the outbox holds each mail once, sent");
    }

    @Test
    void whileAnotherServerHoldsTheJobsLeaseThisOneRunsNothingAndItTakesOverOnceTheLeaseExpires() throws Exception {
        String late = notifiedDaysAgo(34);
        lastDayDone(TODAY.minusDays(1));
        try (Connection db = TestDatabase.connect();
                PreparedStatement held = db.prepareStatement("UPDATE job_lease SET holder = 'another-server',"
                        + " leased_until = NOW(6) + INTERVAL 1 HOUR WHERE job = 'reminders'")) {
            assertEquals(1, held.executeUpdate());
        }
        try {
            assertEquals(List.of(), runJob(), "the other server holds the job");
            assertTrue(received(late).isEmpty(), "and this one sends nothing");
        } finally {
            try (Connection db = TestDatabase.connect();
                    PreparedStatement expired = db.prepareStatement(
                            "UPDATE job_lease SET leased_until = NOW(6) - INTERVAL 1 SECOND WHERE job = 'reminders'")) {
                expired.executeUpdate();
            }
        }
        assertEquals(List.of(TODAY.toString()), runJob(), "the lease expired: the day is done here, not skipped");
        assertEquals(List.of(DEPUTY, FOCAL), List.copyOf(received(late).keySet()));
    }

    @Test
    void theOutboxIsFilteredByKindAndByTheDaysQueuedAndPaged() throws Exception {
        String late = notifiedDaysAgo(95);
        String notNotified = ApiClient.as("vra.officer")
                .register("{\"receivedOn\":\"" + TODAY.minusDays(45)
                        + "\",\"claimType\":\"PATERNITY\",\"mission\":\"MINUSCA\","
                        + "\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"" + STATE + "\"}");
        lastDayDone(TODAY.minusDays(1));
        assertEquals(List.of(TODAY.toString()), runJob());
        assertEquals(
                List.of(VRA_OFFICE), List.copyOf(received(notNotified).keySet()), "the UN's own step: the VRA office");
        JsonObject reminder = ADMIN
                .get("/claims/api/claims/" + notNotified + "/timeline")
                .json()
                .getJsonArray("events")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(event -> event.getString("action").equals("REMINDER_SENT"))
                .findFirst()
                .orElseThrow();
        assertEquals("UN_ONLY", reminder.getString("audience"), "a reminder of the UN's own step is the UN's alone");
        String today = TODAY.toString();

        List<JsonObject> copies = outbox("kind=MISSION_COPY&from=" + today + "&to=" + today);
        assertTrue(copies.stream().allMatch(item -> item.getString("kind").equals("MISSION_COPY")), copies.toString());
        assertEquals(
                1,
                copies.stream()
                        .filter(item -> item.getString("subject").contains(late))
                        .count());
        List<JsonObject> reminders = outbox("kind=REMINDER&from=" + today);
        assertTrue(reminders.stream().allMatch(item -> item.getString("kind").equals("REMINDER")));
        assertEquals(
                2,
                reminders.stream()
                        .filter(item -> item.getString("subject").contains(late))
                        .count());
        assertTrue(outbox("from=" + TODAY.plusDays(1)).isEmpty(), "nothing queued tomorrow");
        assertTrue(
                outbox("to=" + TODAY.minusDays(1)).stream()
                        .noneMatch(item -> item.getString("subject").contains(late)),
                "nothing of today's before today");

        JsonObject firstPage =
                ADMIN.get("/claims/api/outbox?memberState=BEN&size=1&page=0").json();
        JsonObject secondPage =
                ADMIN.get("/claims/api/outbox?memberState=BEN&size=1&page=1").json();
        assertTrue(firstPage.getInt("total") >= 3, firstPage.toString());
        assertEquals(1, firstPage.getJsonArray("items").size());
        assertEquals(1, secondPage.getJsonArray("items").size());
        assertFalse(firstPage
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .equals(secondPage.getJsonArray("items").getJsonObject(0).getJsonNumber("id")));

        ApiClient.Reply badKind = ADMIN.get("/claims/api/outbox?kind=POSTCARD");
        assertEquals(400, badKind.status());
        assertEquals("VALIDATION", badKind.json().getString("code"));
        ApiClient.Reply backwards = ADMIN.get("/claims/api/outbox?from=" + today + "&to=" + TODAY.minusDays(1));
        assertEquals(400, backwards.status());
    }

    @Test
    void theVraInboxHoldsEachEscalationAndTheRemindersOfTheUnsOwnStepsInEnglishAndFrench() throws Exception {
        String escalated = notifiedDaysAgo(151);
        String notNotified = ApiClient.as("vra.officer")
                .register("{\"receivedOn\":\"" + TODAY.minusDays(45)
                        + "\",\"claimType\":\"PATERNITY\",\"mission\":\"MINUSCA\","
                        + "\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"" + STATE + "\"}");
        lastDayDone(TODAY.minusDays(1));
        assertEquals(List.of(TODAY.toString()), runJob());
        for (String language : new String[] {"en", "fr"}) {
            boolean english = language.equals("en");
            try (Browser browser = new Browser(language)) {
                SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
                InboxPage inbox = InboxPage.fromMenu(browser);
                String escalation = inbox.message(escalated);
                assertTrue(
                        escalation.contains(
                                english
                                        ? "Escalation: \"Acknowledge the notification\", due on "
                                                + TODAY.minusDays(151 - 30)
                                        : "Escalade : « Accuser réception de la notification », dû le "
                                                + TODAY.minusDays(151 - 30)),
                        escalation);
                assertTrue(escalation.contains("démarche"), escalation);
                String reminder = inbox.message(notNotified);
                assertTrue(
                        reminder.contains(
                                english
                                        ? "\"Notify the Member State\" was due on " + TODAY.minusDays(15)
                                        : "Notifier l'État Membre"),
                        reminder);
                assertFalse(inbox.shows("???"));
                inbox.screenshot("vra-inbox-escalation-" + language);
            }
        }
    }

    private static List<JsonObject> outbox(String query) {
        ApiClient.Reply reply = ADMIN.get("/claims/api/outbox?memberState=BEN&size=200&" + query);
        assertEquals(200, reply.status(), reply.response().body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
