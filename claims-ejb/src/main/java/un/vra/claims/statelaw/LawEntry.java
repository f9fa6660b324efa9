package un.vra.claims.statelaw;

import java.util.List;

/** What an administrator records of a State's law and process; the whole entry is replaced at each change. */
public record LawEntry(
        DnaEvidence dnaEvidence,
        String paternityProcedure,
        SupportOrderEnforcement supportOrderEnforcement,
        String legalAidContacts,
        List<String> noteVerbaleLanguages,
        String missionAddress) {}
