package un.vra.claims.trustfund;

/** Which of the Trust Fund's payments to total: a year paid, a State, a mission, a currency; none means every one. */
public record TrustFundFilter(Integer year, String memberState, String mission, String currency) {

    /** A year, State and mission, in every currency. */
    public TrustFundFilter(Integer year, String memberState, String mission) {
        this(year, memberState, mission, null);
    }
}
