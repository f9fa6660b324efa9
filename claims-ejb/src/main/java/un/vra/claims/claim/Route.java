package un.vra.claims.claim;

/** Who must act on a claim: the contributing Member State for uniformed personnel, the UN for the others. */
public enum Route {
    MEMBER_STATE,
    UN
}
