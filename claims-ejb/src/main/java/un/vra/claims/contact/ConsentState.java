package un.vra.claims.contact;

/** Where one kind of consent stands: as last given or withdrawn, or never asked. */
public enum ConsentState {
    GIVEN,
    WITHDRAWN,
    NOT_ASKED
}
