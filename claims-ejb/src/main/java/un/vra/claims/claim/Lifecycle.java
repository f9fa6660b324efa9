package un.vra.claims.claim;

import static un.vra.claims.claim.ClaimAction.*;
import static un.vra.claims.claim.ClaimStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which actions each state allows on each route (DOMAIN.md, "Lifecycle").
 * The claim asks it before every action; the API and the pages ask it to offer only what is allowed.
 */
public final class Lifecycle {

    private static final Set<ClaimStatus> ACTIVE = EnumSet.complementOf(EnumSet.of(ON_HOLD, CLOSED));

    private static final Map<Route, Map<ClaimStatus, Set<ClaimAction>>> ALLOWED = new EnumMap<>(Route.class);

    static {
        for (Route route : Route.values()) {
            Map<ClaimStatus, Set<ClaimAction>> byStatus = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                byStatus.put(status, EnumSet.of(ADD_COMMENT, ADD_DOCUMENT));
            }
            ALLOWED.put(route, byStatus);
        }
        allow(Route.MEMBER_STATE, Set.of(RECEIVED), NOTIFY_MEMBER_STATE);
        allow(Route.UN, Set.of(RECEIVED), START_DNA_TEST, RECORD_ADMISSION);
        allow(Route.MEMBER_STATE, Set.of(NOTIFIED), ACKNOWLEDGE);
        allow(Route.MEMBER_STATE, Set.of(ACKNOWLEDGED), START_DNA_TEST, RECORD_ADMISSION);
        allowOnBoth(Set.of(DNA_TESTING), START_DNA_TEST,
                RECORD_SAMPLE_COLLECTION, RECORD_CUSTODY_TRANSFER, RECORD_LAB_RECEIPT, RECORD_DNA_RESULT);
        allowOnBoth(Set.of(OUTCOME_REPORTED), CONFIRM_OUTCOME, REJECT_OUTCOME);
        allowOnBoth(Set.of(INCONCLUSIVE, PATERNITY_EXCLUDED), START_DNA_TEST);
        allowOnBoth(Set.of(PATERNITY_ESTABLISHED), ARRANGE_SUPPORT);
        allowOnBoth(Set.of(SUPPORT_ARRANGED), RECORD_PAYMENT);
        allow(Route.MEMBER_STATE, Set.of(PATERNITY_ESTABLISHED, SUPPORT_ARRANGED),
                RECORD_WITHHELD_REIMBURSEMENT, RELEASE_WITHHELD_REIMBURSEMENT);
        allowOnBoth(ACTIVE, PUT_ON_HOLD, CLOSE, RECORD_INTERIM_ASSISTANCE);
        allowOnBoth(Set.of(ON_HOLD), RESUME, CLOSE, RECORD_INTERIM_ASSISTANCE);
        allowOnBoth(Set.of(CLOSED), REOPEN);
    }

    private Lifecycle() {
    }

    private static void allowOnBoth(Set<ClaimStatus> states, ClaimAction... actions) {
        for (Route route : Route.values()) {
            allow(route, states, actions);
        }
    }

    private static void allow(Route route, Set<ClaimStatus> states, ClaimAction... actions) {
        for (ClaimStatus status : states) {
            Collections.addAll(ALLOWED.get(route).get(status), actions);
        }
    }

    /** The actions allowed in a state on a route, in the order the enum declares them. */
    public static Set<ClaimAction> allowed(Route route, ClaimStatus status) {
        return Collections.unmodifiableSet(ALLOWED.get(route).get(status));
    }

    /** Whether a closure reason fits the state the claim is in (no "resolved" without support, and so on). */
    public static boolean closureFits(ClosureReason reason, ClaimStatus status, ClaimType type) {
        return switch (reason) {
            case RESOLVED -> status == SUPPORT_ARRANGED
                    || (status == PATERNITY_ESTABLISHED && !type.needsSupport());
            case PATERNITY_EXCLUDED -> status == ClaimStatus.PATERNITY_EXCLUDED;
            default -> true;
        };
    }
}
