package un.vra.claims.claim;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of an arrangement as far as it fell due: the days it covers, the day it fell due, the amount due for
 * those days and what the payments paid of it, oldest period first. A period cut by the start, a revision or the
 * end covers only part of its days and is prorated (see {@link SupportSchedule}).
 *
 * @param child the child's position on the claim, or null when the arrangement is for all the claim's children
 */
public record SupportPeriod(
        int arrangement,
        Integer child,
        LocalDate from,
        LocalDate to,
        LocalDate dueOn,
        BigDecimal due,
        String currency,
        BigDecimal paid)
        implements Serializable {

    /** What is still owed for the period. */
    public BigDecimal arrears() {
        return due.subtract(paid);
    }

    SupportPeriod paying(BigDecimal amount) {
        return new SupportPeriod(arrangement, child, from, to, dueOn, due, currency, paid.add(amount));
    }
}
