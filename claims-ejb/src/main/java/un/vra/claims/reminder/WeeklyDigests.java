package un.vra.claims.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import un.vra.claims.mail.Mail;
import un.vra.claims.mail.MailKind;
import un.vra.claims.mail.OutboxMessage;
import un.vra.claims.mail.OutboxRepository;

/**
 * The weekly digests, on each Monday the reminder job does: every mail held for a reader who chose a weekly digest
 * goes out in one mail to that reader, in the reader's language, and is marked as gone with it, in one transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WeeklyDigests {

    @Inject
    private OutboxRepository outbox;

    @Inject
    private Clock clock;

    /** Queues the digests of {@code day}; how many. */
    public int compose(LocalDate day) {
        Map<String, List<OutboxMessage>> byReader = new LinkedHashMap<>();
        for (OutboxMessage held : outbox.held()) {
            byReader.computeIfAbsent(held.mail().recipient().toLowerCase(Locale.ROOT), reader -> new ArrayList<>())
                    .add(held);
        }
        byReader.forEach((reader, held) -> {
            Mail first = held.get(0).mail();
            List<Mail> mails = held.stream().map(OutboxMessage::mail).toList();
            List<String> states =
                    held.stream().map(OutboxMessage::memberState).distinct().toList();
            String state = states.size() == 1 ? states.get(0) : null;
            outbox.enqueue(new OutboxMessage(
                    "digest:" + day + ":" + ReminderRungs.hashed(reader),
                    MailKind.DIGEST,
                    null,
                    state,
                    MailTexts.digest(first.recipient(), first.language(), day, mails),
                    clock.instant()));
            held.forEach(message -> message.digested(clock.instant()));
        });
        return byReader.size();
    }
}
