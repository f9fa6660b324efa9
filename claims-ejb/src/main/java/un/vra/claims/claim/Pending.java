package un.vra.claims.claim;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Pending" (DOMAIN.md, "Measures"): a claim neither closed nor with paternity determined. This is the one
 * definition: the claim register's filters, the age bands and every measure read these two sets, in Java or
 * translated into SQL by the metrics query layer.
 */
public final class Pending {

    /** The statuses of a pending claim: every open one. */
    public static final Set<ClaimStatus> STATUSES =
            Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).collect(Collectors.toUnmodifiableSet());

    /** The outcomes of a pending claim: paternity neither established nor excluded. */
    public static final Set<PaternityOutcome> OUTCOMES =
            Set.copyOf(EnumSet.of(PaternityOutcome.UNDETERMINED, PaternityOutcome.INCONCLUSIVE));

    private Pending() {}

    public static boolean is(ClaimStatus status, PaternityOutcome outcome) {
        return STATUSES.contains(status) && OUTCOMES.contains(outcome);
    }
}
