package un.vra.claims.statelaw;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import un.vra.claims.reference.MissionContact;

/**
 * A State's entry as a reader sees it, or one of its revisions: what it says, its version, who changed it and when
 * (for a focal point "UN", never a staff member's name). The entry also shows the Permanent Mission's e-mail and
 * language as the mail settings record them; a revision leaves them out.
 */
public record StateLawView(
        String memberState,
        String memberStateName,
        DnaEvidence dnaEvidence,
        String paternityProcedure,
        SupportOrderEnforcement supportOrderEnforcement,
        String legalAidContacts,
        List<String> noteVerbaleLanguages,
        String missionAddress,
        String missionEmail,
        String missionLanguage,
        long version,
        String changedBy,
        Instant changedAt)
        implements Serializable {

    public StateLawView {
        noteVerbaleLanguages = List.copyOf(noteVerbaleLanguages);
    }

    static StateLawView of(StateLaw entry, MissionContact mission, String changedBy) {
        LawContent content = entry.content();
        return new StateLawView(
                entry.memberState(),
                mission.name(),
                content.dnaEvidence(),
                content.paternityProcedure(),
                content.supportOrderEnforcement(),
                content.legalAidContacts(),
                content.noteVerbaleLanguages(),
                content.missionAddress(),
                mission.email(),
                mission.language(),
                entry.version(),
                changedBy,
                entry.changedAt().orElse(null));
    }

    static StateLawView of(StateLawRevision revision, String memberStateName, String changedBy) {
        LawContent content = revision.content();
        return new StateLawView(
                revision.memberState(),
                memberStateName,
                content.dnaEvidence(),
                content.paternityProcedure(),
                content.supportOrderEnforcement(),
                content.legalAidContacts(),
                content.noteVerbaleLanguages(),
                content.missionAddress(),
                null,
                null,
                revision.version(),
                changedBy,
                revision.changedAt());
    }
}
