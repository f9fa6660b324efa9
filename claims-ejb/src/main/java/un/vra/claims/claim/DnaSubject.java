package un.vra.claims.claim;

/** Whose DNA a sample holds. */
public enum DnaSubject {
    CHILD,
    MOTHER,
    ALLEGED_FATHER
}
