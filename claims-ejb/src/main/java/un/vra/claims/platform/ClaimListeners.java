package un.vra.claims.platform;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import un.vra.claims.allegation.AllegationLinks;
import un.vra.claims.metrics.RatingMaintenance;

/**
 * The claim's descriptor takes one customizer in {@code persistence.xml}; this one registers every listener kept
 * beside the claim: the allegation it names (issue 16) and the ratings' spans it may change (issues 13 and 16).
 */
public class ClaimListeners implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        new AllegationLinks().customize(descriptor);
        new RatingMaintenance().customize(descriptor);
    }
}
