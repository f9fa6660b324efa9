package un.vra.claims.noteverbale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What a note verbale needs from the database: its number, and the language its Permanent Mission reads. */
@ApplicationScoped
public class NoteVerbaleRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * The next note's number in a year, {@code VRA/NV/2026/000123}: the year's counter row is locked until commit, so
     * two transactions never take the same number, and a note rolled back gives its number back.
     */
    public String next(int year) {
        em.createNativeQuery("INSERT INTO note_verbale_counter (year_issued, last_number) VALUES (?1, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, year)
                .executeUpdate();
        Number last =
                (Number) em.createNativeQuery("SELECT last_number FROM note_verbale_counter WHERE year_issued = ?1")
                        .setParameter(1, year)
                        .getSingleResult();
        return String.format("VRA/NV/%d/%06d", year, last.intValue());
    }

    /** The language the State's Permanent Mission is written to in, as the VRA recorded it (English unless set). */
    public String missionLanguage(String memberState) {
        List<?> languages = em.createNativeQuery("SELECT mission_language FROM member_state WHERE code = ?1")
                .setParameter(1, memberState)
                .getResultList();
        return languages.isEmpty() ? NoteVerbale.ENGLISH : (String) languages.get(0);
    }
}
