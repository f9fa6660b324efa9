package un.vra.claims.allegation;

import java.util.List;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import un.vra.claims.claim.Claim;

/**
 * Keeps the allegations ({@code allegation}, V90) beside the claims that name them: when a claim naming an
 * allegation reference is inserted (registration, import, demo data alike), the allegation is created with the
 * year the claim gave it (else the year received) and the claim's mission, unless it exists already, in the same
 * transaction. The first claim to name an allegation dates it; later claims link to it by its reference.
 * Registered on the claim's descriptor in {@code persistence.xml}, so that the claim knows nothing of the table.
 */
public class AllegationLinks implements DescriptorCustomizer {

    private static final String INSERT = "INSERT INTO allegation (reference, year, mission) VALUES (#reference,"
            + " #year, #mission) ON DUPLICATE KEY UPDATE reference = allegation.reference";

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                Claim claim = (Claim) event.getSource();
                if (claim.allegationReference() == null) {
                    return;
                }
                DataModifyQuery query = new DataModifyQuery(new SQLCall(INSERT));
                query.addArgument("reference");
                query.addArgument("year");
                query.addArgument("mission");
                event.getSession()
                        .executeQuery(
                                query,
                                List.<Object>of(
                                        claim.allegationReference(),
                                        claim.allegationYear()
                                                .orElse(claim.receivedOn().getYear()),
                                        claim.mission().value()));
            }
        });
    }
}
