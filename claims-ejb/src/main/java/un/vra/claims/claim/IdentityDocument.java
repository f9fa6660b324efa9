package un.vra.claims.claim;

/**
 * What a sample's donor proved their identity with: a kind of document, never prose, since the State sees
 * its samples' records and prose about the claimant can locate her.
 */
public enum IdentityDocument {
    PASSPORT,
    NATIONAL_ID_CARD,
    BIRTH_CERTIFICATE,
    MILITARY_OR_POLICE_ID,
    UN_ID_CARD,
    OTHER_OFFICIAL_DOCUMENT
}
