package un.vra.claims.trustfund;

/** Which of the Trust Fund's payments to total: a year paid, a State, a mission; none means every one. */
public record TrustFundFilter(Integer year, String memberState, String mission) {}
