package un.vra.claims.metrics;

import java.io.Serializable;

/** The allegations of one year and the claims they gave (in 2023, 70 allegations gave 93 claims). */
public record AllegationYear(int year, long allegations, long claims) implements Serializable {}
