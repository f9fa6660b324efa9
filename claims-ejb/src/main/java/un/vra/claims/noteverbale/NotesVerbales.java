package un.vra.claims.noteverbale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.application.MemberStateNotified;
import un.vra.claims.document.CheckedFile;
import un.vra.claims.document.ClaimDocument;
import un.vra.claims.document.DocumentRepository;
import un.vra.claims.export.LetterPdf;
import un.vra.claims.reference.MemberState;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.Languages;

/**
 * Writes the Secretariat's notes verbales to a State's Permanent Mission (A/78/774, paras 49-53): when the State is
 * notified of a claim, and when a step of the State's is copied to its Permanent Mission. Each is numbered, written as
 * a PDF in the mission's language, stored among the claim's documents as the UN's, shared with the State, and put
 * on the claim's timeline, in the transaction of what caused it, so that a note exists exactly when its cause does.
 */
@ApplicationScoped
public class NotesVerbales {

    @Inject
    private NoteVerbaleRepository numbers;

    @Inject
    private DocumentRepository documents;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private TimeStandards standards;

    /** The note notifying the State of a claim: what it is asked to do first, and by when. */
    void onNotified(@Observes MemberStateNotified notified) {
        Claim claim = notified.claim();
        NextStep step = claim.nextStep().orElseThrow();
        LocalDate dueOn = standards.dueOn(step, claim.nextStepSince()).orElse(notified.notifiedOn());
        issue(claim, NoteVerbale.Purpose.NOTIFICATION, step, dueOn, notified.notifiedOn(), notified.recording());
    }

    /**
     * Writes, numbers and stores a note on a claim about a step due on {@code dueOn}, and records it on the timeline
     * on {@code on}; the note is dated the day it is written.
     *
     * @return the note's number
     */
    public String issue(
            Claim claim,
            NoteVerbale.Purpose purpose,
            NextStep step,
            LocalDate dueOn,
            LocalDate on,
            Recording recording) {
        String code = claim.memberState().orElseThrow().value();
        String language = numbers.missionLanguage(code);
        String stateName = Languages.stateName(
                code, referenceData.memberState(code).map(MemberState::name).orElse(code), language);
        LocalDate today = recording.today();
        String number = numbers.next(today.getYear());
        NoteVerbale note = NoteVerbale.about(claim, number, purpose, language, stateName, step, dueOn, today);
        byte[] pdf = LetterPdf.write(note.letter());
        CheckedFile file = CheckedFile.check("note-verbale-" + number.replace('/', '-') + ".pdf", pdf, Long.MAX_VALUE);
        documents.add(ClaimDocument.noteVerbale(claim, file, number, recording), pdf);
        claim.recordNoteVerbale(number, file.fileName(), on, recording);
        return number;
    }
}
