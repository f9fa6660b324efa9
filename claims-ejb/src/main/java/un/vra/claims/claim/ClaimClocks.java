package un.vra.claims.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The four clocks of a claim on a date, from its timeline: each day from receipt is attributed to the party
 * whose turn it was after the last event before it (DOMAIN.md, "Clocks and aging"); closed days count for
 * nobody. Days pending is the sum of the other three.
 */
public record ClaimClocks(long daysPending, long daysWithMemberState, long daysWithUn, long daysOnHold) {

    /** A dated status change, as the clocks need it. */
    public record Step(LocalDate on, ClaimStatus statusAfter) {}

    public static ClaimClocks of(Route route, List<Step> steps, LocalDate asOf) {
        long memberState = 0;
        long un = 0;
        long onHold = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.on().isAfter(asOf)) {
                break;
            }
            LocalDate end = i + 1 < steps.size() && !steps.get(i + 1).on().isAfter(asOf)
                    ? steps.get(i + 1).on()
                    : asOf;
            long days = ChronoUnit.DAYS.between(step.on(), end);
            switch (step.statusAfter().whoseTurn(route)) {
                case MEMBER_STATE -> memberState += days;
                case UN -> un += days;
                case CLAIMANT -> onHold += days;
                case NONE -> {}
            }
        }
        return new ClaimClocks(memberState + un + onHold, memberState, un, onHold);
    }
}
