package un.vra.claims.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Reads the Member States and missions. Both lists are small and fixed (193 and a few dozen rows, changed only by
 * migrations, which run before the application serves), so they are read once and kept in memory: every claim
 * registered, every filter and every form looked them up in the database before. An EJB, so that pages in either
 * web module reach the persistence unit through the EJB container: called as a plain CDI bean from the portal,
 * the container could not always find the unit. The entities handed out are detached, for reading only.
 */
@Stateless
public class ReferenceData {

    private static final String MISSION_CONTACT = "SELECT code, name, mission_email, mission_language";

    /** Loaded by the first request; a redeployment starts with a new class, and so reads them again. */
    private static volatile Lists lists;

    @PersistenceContext
    private EntityManager em;

    public Optional<MemberState> memberState(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(lists().statesByCode().get(key(code)));
    }

    /** A Member State's English name, or its code when no State has it. */
    public String memberStateName(String code) {
        return memberState(code).map(MemberState::name).orElse(code);
    }

    /** Records a State's Permanent Mission's contact address and language; false when no State has the code. */
    public boolean setMissionContact(String code, String email, String language) {
        return em.createNativeQuery("UPDATE member_state SET mission_email = ?1, mission_language = ?2 WHERE code = ?3")
                        .setParameter(1, email)
                        .setParameter(2, language)
                        .setParameter(3, code)
                        .executeUpdate()
                == 1;
    }

    /**
     * The States with their missions' contacts, by their names in {@code language}, those whose code or name holds
     * {@code filter} (any case), one page of them ({@link MissionContactList}): the contacts change, so they are read
     * afresh, not kept in memory.
     */
    public PageResult<MissionContact> missionContacts(String filter, String language, PageRequest page) {
        List<MissionContact> states = ((List<?>) em.createNativeQuery(MISSION_CONTACT + " FROM member_state")
                        .getResultList())
                .stream().map(ReferenceData::missionContact).toList();
        return MissionContactList.page(states, filter, language, page);
    }

    /** One State's mission contact, read afresh; empty when no State has the code. */
    public Optional<MissionContact> missionContact(String code) {
        return ((List<?>) em.createNativeQuery(MISSION_CONTACT + " FROM member_state WHERE code = ?1")
                        .setParameter(1, code)
                        .getResultList())
                .stream().findFirst().map(ReferenceData::missionContact);
    }

    private static MissionContact missionContact(Object row) {
        Object[] columns = (Object[]) row;
        return new MissionContact((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3]);
    }

    public Optional<Mission> mission(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(lists().missionsByCode().get(key(code)));
    }

    /** By name. */
    public List<MemberState> memberStates() {
        return List.copyOf(lists().statesByCode().values());
    }

    /** By code. */
    public List<Mission> missions() {
        return List.copyOf(lists().missionsByCode().values());
    }

    /** The Member States' codes, in alphabetical order: what a form or a filter offers. */
    public List<String> memberStateCodes() {
        return lists().statesByCode().values().stream()
                .map(MemberState::code)
                .sorted()
                .toList();
    }

    /** The missions' codes, in alphabetical order. */
    public List<String> missionCodes() {
        return lists().missionsByCode().values().stream().map(Mission::code).toList();
    }

    /** The Member States' English names by code: what a public table shows beside a code. */
    public Map<String, String> memberStateNames() {
        return lists().statesByCode().values().stream()
                .collect(Collectors.toUnmodifiableMap(MemberState::code, MemberState::name));
    }

    /** The missions' names by code. */
    public Map<String, String> missionNames() {
        return lists().missionsByCode().values().stream()
                .collect(Collectors.toUnmodifiableMap(Mission::code, Mission::name));
    }

    /** The countries hosting a mission, by code, with the Member State's name, in the names' order. */
    public Map<String, String> hostCountries() {
        Map<String, String> names = memberStateNames();
        return lists().missionsByCode().values().stream()
                .map(Mission::hostCountryCode)
                .distinct()
                .sorted(Comparator.comparing(code -> names.getOrDefault(code, code)))
                .collect(Collectors.toMap(
                        code -> code, code -> names.getOrDefault(code, code), (a, b) -> a, LinkedHashMap::new));
    }

    /** Codes as the database compares them: case and trailing spaces ignored. */
    private static String key(String code) {
        return code.stripTrailing().toUpperCase(Locale.ROOT);
    }

    private Lists lists() {
        Lists loaded = lists;
        if (loaded == null) {
            Map<String, MemberState> states = new LinkedHashMap<>();
            em.createQuery("select m from MemberState m order by m.name", MemberState.class)
                    .getResultList()
                    .forEach(state -> states.put(key(state.code()), state));
            Map<String, Mission> missions = new LinkedHashMap<>();
            em.createQuery("select m from Mission m order by m.code", Mission.class)
                    .getResultList()
                    .forEach(mission -> missions.put(key(mission.code()), mission));
            loaded = new Lists(states, missions);
            lists = loaded;
        }
        return loaded;
    }

    private record Lists(Map<String, MemberState> statesByCode, Map<String, Mission> missionsByCode) {}
}
