package un.vra.claims.claim;

/**
 * What the Trust Fund's interim assistance to a claimant pays for (issue 15). These names are the contract of the
 * API and the pages; assistance recorded before kinds were asked for has none.
 */
public enum AssistanceKind {
    EDUCATION,
    HEALTH,
    LIVELIHOOD,
    LEGAL
}
