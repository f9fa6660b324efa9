package un.vra.claims.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Publications and their frozen figures: written once, read by id or newest first. */
@ApplicationScoped
public class PublicationRepository {

    /** Rows per insert statement: a publication of 193 States over 30 years is 6,000 rows. */
    private static final int ROWS_PER_INSERT = 500;

    @PersistenceContext
    private EntityManager em;

    void add(Publication publication, PublicBreakdown breakdown, List<Figure> figures) {
        if (publication.id() == null) {
            em.persist(publication);
            em.flush();
        }
        for (int from = 0; from < figures.size(); from += ROWS_PER_INSERT) {
            List<Figure> part = figures.subList(from, Math.min(figures.size(), from + ROWS_PER_INSERT));
            StringBuilder insert = new StringBuilder("INSERT INTO published_figure (publication_id, breakdown,"
                    + " year_received, area, established, excluded, pending, other) VALUES ");
            List<Object> values = new ArrayList<>();
            for (Figure figure : part) {
                insert.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
                values.addAll(List.of(
                        publication.id(),
                        breakdown.name(),
                        figure.year(),
                        figure.area(),
                        figure.count(PublicMeasure.ESTABLISHED),
                        figure.count(PublicMeasure.EXCLUDED),
                        figure.count(PublicMeasure.PENDING),
                        figure.count(PublicMeasure.OTHER)));
            }
            var query = em.createNativeQuery(insert.toString());
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            query.executeUpdate();
        }
    }

    public Optional<Publication> find(long id) {
        return Optional.ofNullable(em.find(Publication.class, id));
    }

    public Optional<Publication> latest() {
        return newest(1).stream().findFirst();
    }

    /** The newest publications first, at most {@code limit}. */
    public List<Publication> newest(int limit) {
        return em.createQuery("select p from Publication p order by p.publishedAt desc, p.id desc", Publication.class)
                .setMaxResults(limit)
                .getResultList();
    }

    List<Figure> figures(Publication publication, PublicBreakdown breakdown) {
        List<Figure> figures = new ArrayList<>();
        List<?> rows = em.createNativeQuery("SELECT year_received, area, established, excluded, pending, other"
                        + " FROM published_figure WHERE publication_id = ? AND breakdown = ?")
                .setParameter(1, publication.id())
                .setParameter(2, breakdown.name())
                .getResultList();
        for (Object each : rows) {
            Object[] row = (Object[]) each;
            figures.add(Figure.of(
                    ((Number) row[0]).intValue(),
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue()));
        }
        return figures;
    }
}
