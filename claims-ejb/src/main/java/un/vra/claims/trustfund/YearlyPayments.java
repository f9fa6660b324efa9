package un.vra.claims.trustfund;

import java.io.Serializable;

/** How many payments of interim assistance the Trust Fund made in a year, whatever their currency. */
public record YearlyPayments(int year, long payments) implements Serializable {}
