package un.vra.claims.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.NextStep;
import un.vra.claims.mail.Mail;
import un.vra.claims.mail.MailKind;

class ReminderLadderTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    private static List<ReminderLadder.Rung> on(int daysOverdue, boolean statesStep) {
        return ReminderLadder.reached(DUE, DUE.plusDays(daysOverdue), statesStep);
    }

    @Test
    void nothingBeforeTheDueDayThenAReminderOnItAndEveryThirtyDays() {
        assertTrue(on(-1, true).isEmpty());
        assertEquals(List.of(new ReminderLadder.Rung(MailKind.REMINDER, DUE)), on(0, true));
        assertEquals(List.of(new ReminderLadder.Rung(MailKind.REMINDER, DUE)), on(29, true));
        assertEquals(List.of(new ReminderLadder.Rung(MailKind.REMINDER, DUE.plusDays(30))), on(31, true));
    }

    @Test
    void aStatesStepIsCopiedToItsMissionAtSixtyDaysAndEscalatedToTheVraAtOneHundredTwenty() {
        assertEquals(
                List.of(
                        new ReminderLadder.Rung(MailKind.REMINDER, DUE.plusDays(60)),
                        new ReminderLadder.Rung(MailKind.MISSION_COPY, DUE.plusDays(60))),
                on(61, true));
        assertEquals(
                List.of(
                        new ReminderLadder.Rung(MailKind.REMINDER, DUE.plusDays(120)),
                        new ReminderLadder.Rung(MailKind.MISSION_COPY, DUE.plusDays(60)),
                        new ReminderLadder.Rung(MailKind.VRA_ESCALATION, DUE.plusDays(120))),
                on(121, true));
    }

    @Test
    void theUnsOwnStepIsOnlyRemindedNeverSentToAMission() {
        assertEquals(List.of(new ReminderLadder.Rung(MailKind.REMINDER, DUE.plusDays(120))), on(130, false));
    }

    @Test
    void aRungIsTheSameWhateverDayItIsFoundOn() {
        assertEquals(on(61, true).get(1), on(100, true).get(1));
    }

    @Test
    void theDaysToRunCatchUpFromTheLastDayDoneAndNeverRunADayTwice() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals(List.of(today), ReminderJob.daysToRun(null, today));
        assertEquals(List.of(), ReminderJob.daysToRun(today, today));
        assertEquals(
                List.of(today.minusDays(2), today.minusDays(1), today),
                ReminderJob.daysToRun(today.minusDays(3), today));
        assertEquals(
                ReminderJob.MOST_DAYS,
                ReminderJob.daysToRun(today.minusYears(5), today).size());
    }

    private static Mail mail(MailKind kind, String language, int daysOverdue) {
        return MailTexts.mail(
                kind,
                new Recipient("reader@example.org", language),
                "PC-2026-0001",
                "Claimant-ABC123",
                NextStep.ACKNOWLEDGE,
                DUE,
                DUE.plusDays(daysOverdue),
                "http://localhost:8080/portal/claim.xhtml?reference=PC-2026-0001");
    }

    @Test
    void aMailHoldsTheReferencePseudonymStepDueDayAndLinkInItsReadersLanguage() {
        Mail french = mail(MailKind.REMINDER, "fr", 31);
        assertEquals("fr", french.language());
        assertTrue(french.subject().startsWith("Rappel\u00a0: demande PC-2026-0001"), french.subject());
        assertTrue(french.body().contains("Claimant-ABC123"));
        assertTrue(french.body().contains("Accuser réception de la notification"));
        assertTrue(french.body().contains("2026-03-01"));
        assertTrue(french.body().contains("il y a 31 jours"));
        assertTrue(french.body().contains("/portal/claim.xhtml?reference=PC-2026-0001"));
        assertFalse(french.body().contains("''"), "no MessageFormat quote left");
        Mail english = mail(MailKind.MISSION_COPY, "xx", 61);
        assertEquals("en", english.language());
        assertTrue(english.body().contains("The State's paternity focal point"), english.body());
    }

    @Test
    void bothLanguagesHaveEveryText() {
        ResourceBundle en = ResourceBundle.getBundle("un.vra.claims.reminder.mails", Locale.ROOT);
        ResourceBundle fr = ResourceBundle.getBundle("un.vra.claims.reminder.mails", Locale.FRENCH);
        assertEquals(en.keySet(), fr.keySet());
        for (String key : en.keySet()) {
            assertFalse(en.getString(key).equals(fr.getString(key)), key + " is translated");
        }
        for (NextStep step : new un.vra.claims.claim.TimeStandards(1, 1, 1, 1, 1, 1, 1, 1)
                .allSteps()
                .keySet()) {
            assertTrue(en.containsKey("step." + step.name()), step + " has a text");
        }
    }

    @Test
    void aWeeklyDigestHoldsEachReminderOnceWithOneFooter() {
        Mail digest = MailTexts.digest(
                "reader@example.org",
                "fr",
                LocalDate.of(2026, 11, 30),
                List.of(mail(MailKind.REMINDER, "fr", 31), mail(MailKind.REMINDER, "fr", 61)));
        assertTrue(digest.subject().startsWith("Récapitulatif hebdomadaire\u00a0: 2 rappel(s)"), digest.subject());
        assertEquals(2, digest.body().split("== Rappel\u00a0: demande PC-2026-0001", -1).length - 1, digest.body());
        assertEquals(1, digest.body().split("\n-- \n", -1).length - 1, "one footer");
    }
}
