package un.vra.claims.withholding;

/**
 * Which amounts withheld the ledger sums: those withheld in a year, from a State, for the claims of a mission (an
 * amount withheld for the State as a whole belongs to no mission), in a currency; none means every one.
 */
public record LedgerFilter(Integer year, String memberState, String mission, String currency) {

    /** One State's ledger, or every State's. */
    public static LedgerFilter of(String memberState) {
        return new LedgerFilter(null, memberState, null, null);
    }
}
