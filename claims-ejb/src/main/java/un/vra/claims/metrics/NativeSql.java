package un.vra.claims.metrics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A native query being written, with positional parameters numbered as they are added; the as-of day is 1. */
final class NativeSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final LocalDate asOf;

    NativeSql(LocalDate asOf) {
        this.asOf = asOf;
        parameter(Date.valueOf(asOf));
    }

    /** The day after the as-of day: an instant recorded before its start was recorded by the as-of day. */
    String dayAfterAsOf() {
        return day(asOf.plusDays(1));
    }

    String parameter(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    String day(LocalDate day) {
        return parameter(Date.valueOf(day));
    }

    NativeSql append(Object part) {
        text.append(part);
        return this;
    }

    List<Object[]> rows(EntityManager em) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query(em).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** The one value of a query that answers one row of one column. */
    Object single(EntityManager em) {
        return query(em).getSingleResult();
    }

    private Query query(EntityManager em) {
        Query query = em.createNativeQuery(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
