package un.vra.claims.statelaw;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import un.vra.claims.shared.EntryRules;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.Languages;

/**
 * What an entry of the registry says, checked: both enumerations given, every text within its bound, and the
 * languages of notes verbales among the six official ones, each once, kept in the order the UN lists them.
 */
@Embeddable
public class LawContent {

    public static final int MAX_PATERNITY_PROCEDURE = 4000;
    public static final int MAX_LEGAL_AID_CONTACTS = 2000;
    public static final int MAX_MISSION_ADDRESS = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "dna_evidence", nullable = false)
    private DnaEvidence dnaEvidence;

    @Column(name = "paternity_procedure")
    private String paternityProcedure;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_order_enforcement", nullable = false)
    private SupportOrderEnforcement supportOrderEnforcement;

    @Column(name = "legal_aid_contacts")
    private String legalAidContacts;

    /** The language codes, comma separated, in the order of {@link Languages#OFFICIAL}. */
    @Column(name = "note_verbale_languages", nullable = false)
    private String noteVerbaleLanguages;

    @Column(name = "mission_address")
    private String missionAddress;

    protected LawContent() {}

    public static LawContent of(LawEntry entry) {
        LawEntry given = EntryRules.required("entry", entry);
        LawContent content = new LawContent();
        content.dnaEvidence = EntryRules.required("dnaEvidence", given.dnaEvidence());
        content.paternityProcedure =
                EntryRules.text("paternityProcedure", given.paternityProcedure(), MAX_PATERNITY_PROCEDURE);
        content.supportOrderEnforcement =
                EntryRules.required("supportOrderEnforcement", given.supportOrderEnforcement());
        content.legalAidContacts =
                EntryRules.text("legalAidContacts", given.legalAidContacts(), MAX_LEGAL_AID_CONTACTS);
        content.noteVerbaleLanguages = String.join(",", languages(given.noteVerbaleLanguages()));
        content.missionAddress = EntryRules.text("missionAddress", given.missionAddress(), MAX_MISSION_ADDRESS);
        return content;
    }

    /** What an entry says before anyone recorded anything: nothing known. */
    static LawContent nothing() {
        return of(new LawEntry(DnaEvidence.UNKNOWN, null, SupportOrderEnforcement.UNKNOWN, null, List.of(), null));
    }

    /** The same content, for a record of its own (a revision keeps a copy, never the entry's instance). */
    LawContent copy() {
        LawContent copy = new LawContent();
        copy.dnaEvidence = dnaEvidence;
        copy.paternityProcedure = paternityProcedure;
        copy.supportOrderEnforcement = supportOrderEnforcement;
        copy.legalAidContacts = legalAidContacts;
        copy.noteVerbaleLanguages = noteVerbaleLanguages;
        copy.missionAddress = missionAddress;
        return copy;
    }

    private static List<String> languages(List<String> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > Languages.OFFICIAL.size()) {
            throw new InvalidInputException(
                    "noteVerbaleLanguages", "at most the six official languages " + Languages.OFFICIAL);
        }
        List<String> chosen = new ArrayList<>();
        for (String language : given) {
            if (!Languages.isOfficial(language)) {
                throw new InvalidInputException(
                        "noteVerbaleLanguages", "each language must be one of " + Languages.OFFICIAL);
            }
            if (chosen.contains(language)) {
                throw new InvalidInputException("noteVerbaleLanguages", language + " is named twice");
            }
            chosen.add(language);
        }
        return Languages.OFFICIAL.stream().filter(chosen::contains).toList();
    }

    public DnaEvidence dnaEvidence() {
        return dnaEvidence;
    }

    public String paternityProcedure() {
        return paternityProcedure;
    }

    public SupportOrderEnforcement supportOrderEnforcement() {
        return supportOrderEnforcement;
    }

    public String legalAidContacts() {
        return legalAidContacts;
    }

    public List<String> noteVerbaleLanguages() {
        return noteVerbaleLanguages == null || noteVerbaleLanguages.isEmpty()
                ? List.of()
                : List.of(noteVerbaleLanguages.split(","));
    }

    public String missionAddress() {
        return missionAddress;
    }
}
