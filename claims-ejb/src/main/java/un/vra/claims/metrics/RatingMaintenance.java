package un.vra.claims.metrics;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import un.vra.claims.account.Role;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimEvent;
import un.vra.claims.claim.ClaimStatePeriod;
import un.vra.claims.claim.Route;

/**
 * Notes, in the transaction that writes it, each claim whose ratings' spans ({@code state_rating_span}, V93) may
 * have changed: one row of {@code state_rating_dirty} per write of a claim on the Member State route, of one of its
 * periods on that route, or of an action of its State. The next read of the ratings writes those claims' spans
 * anew ({@link RatingSpanRefresh}). Registered in {@code persistence.xml} on the claim and its events, and by
 * {@link MeasureMaintenance} on the periods, so that the claim knows nothing of ratings.
 */
public class RatingMaintenance implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                noteIfRated(event, false);
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                noteIfRated(event, true);
            }
        });
    }

    private static void noteIfRated(DescriptorEvent event, boolean update) {
        if (MeasureMaintenance.isDeferred()) {
            return;
        }
        Object source = event.getSource();
        String table;
        boolean rated;
        if (source instanceof Claim claim) {
            table = "claim";
            rated = claim.route() == Route.MEMBER_STATE || (update && changed(event, "route"));
        } else if (source instanceof ClaimStatePeriod period) {
            table = "claim_state_period";
            rated = period.route() == Route.MEMBER_STATE;
        } else if (source instanceof ClaimEvent recorded) {
            table = "claim_event";
            rated = !update && (Role.FOCAL.equals(recorded.actorRole()) || StatePart.STEPS.contains(recorded.action()));
        } else {
            return;
        }
        if (!rated) {
            return;
        }
        String claim = table.equals("claim") ? "#id" : "(SELECT claim_id FROM " + table + " WHERE id = #id)";
        DataModifyQuery query =
                new DataModifyQuery(new SQLCall("INSERT INTO state_rating_dirty (claim_id) SELECT " + claim));
        query.addArgument("id");
        event.getSession()
                .executeQuery(query, java.util.List.of(event.getSession().getId(source)));
    }

    private static boolean changed(DescriptorEvent event, String attribute) {
        ObjectChangeSet changes =
                event.getQuery() instanceof WriteObjectQuery write ? write.getObjectChangeSet() : event.getChangeSet();
        return changes == null || changes.getChangesForAttributeNamed(attribute) != null;
    }
}
