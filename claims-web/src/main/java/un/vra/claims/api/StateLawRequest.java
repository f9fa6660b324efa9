package un.vra.claims.api;

import java.util.List;
import un.vra.claims.statelaw.DnaEvidence;
import un.vra.claims.statelaw.LawEntry;
import un.vra.claims.statelaw.SupportOrderEnforcement;

/**
 * The body of {@code PUT /member-states/{code}/law}: the whole entry. The enumerations are read as text and
 * converted here, so that a value outside them answers 400 VALIDATION naming its field; the entry bounds the texts.
 */
public record StateLawRequest(
        String dnaEvidence,
        String paternityProcedure,
        String supportOrderEnforcement,
        String legalAidContacts,
        List<String> noteVerbaleLanguages,
        String missionAddress) {

    static LawEntry toLawEntry(StateLawRequest request) {
        StateLawRequest body = request == null ? new StateLawRequest(null, null, null, null, null, null) : request;
        return new LawEntry(
                QueryParams.enumValue(DnaEvidence.class, "dnaEvidence", body.dnaEvidence()),
                body.paternityProcedure(),
                QueryParams.enumValue(
                        SupportOrderEnforcement.class, "supportOrderEnforcement", body.supportOrderEnforcement()),
                body.legalAidContacts(),
                body.noteVerbaleLanguages(),
                body.missionAddress());
    }
}
