package un.vra.claims.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import un.vra.claims.reference.MemberState;
import un.vra.claims.reference.Mission;
import un.vra.claims.reference.ReferenceData;

/**
 * The rows against the register: the missions and States it knows, and references it does not hold yet. The
 * reference data is read once and the references are looked up a block at a time, so that the cost of a file
 * grows with its length and not with the register's.
 */
final class RegisterCheck {

    private static final int BLOCK = 1000;

    private RegisterCheck() {}

    static List<ImportProblem> problems(List<LegacyRow> rows, EntityManager em, ReferenceData referenceData) {
        Set<String> missions = new HashSet<>(
                referenceData.missions().stream().map(Mission::code).toList());
        Set<String> states = new HashSet<>(
                referenceData.memberStates().stream().map(MemberState::code).toList());
        Set<String> taken = taken(rows, em);
        List<ImportProblem> problems = new ArrayList<>();
        for (LegacyRow row : rows) {
            if (!missions.contains(row.mission())) {
                problems.add(new ImportProblem(row.row(), "mission", "unknown mission " + row.mission()));
            }
            if (row.memberState() != null && !states.contains(row.memberState())) {
                problems.add(new ImportProblem(row.row(), "member_state", "unknown Member State " + row.memberState()));
            }
            if (row.reference() != null && taken.contains(row.reference())) {
                problems.add(
                        new ImportProblem(row.row(), "reference", row.reference() + " is already in the register"));
            }
        }
        return problems;
    }

    /** The file's references that the register already holds. */
    private static Set<String> taken(List<LegacyRow> rows, EntityManager em) {
        List<String> given = rows.stream()
                .map(LegacyRow::reference)
                .filter(reference -> reference != null)
                .toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < given.size(); from += BLOCK) {
            taken.addAll(em.createQuery(
                            "select c.reference.value from Claim c where c.reference.value in :block", String.class)
                    .setParameter("block", given.subList(from, Math.min(from + BLOCK, given.size())))
                    .getResultList());
        }
        return taken;
    }
}
