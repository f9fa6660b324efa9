package un.vra.claims.claim.application;

/**
 * What the claim's own services need of the claimant's consents, which the contact log keeps: declared here and
 * answered there, so that the contact log may build on claims without claims depending on it in turn.
 */
public interface ClaimantConsents {

    /** Whether, today, the claimant's consent stands for the UN to share her claim's documents with the State. */
    boolean documentsShared(long claimId);

    /** Refuses, with the day she withdrew it, to notify the State once the claimant withdrew her consent to it. */
    void requireNotificationConsent(long claimId);
}
