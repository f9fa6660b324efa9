package un.vra.claims.transparency;

import java.util.List;

/**
 * The counts of the public table. {@link #CLAIMS} is the sum of the four others, so that a reader can check a
 * row and so that the suppression knows every sum a reader could use to work out a hidden cell.
 */
public enum PublicMeasure {
    CLAIMS,
    ESTABLISHED,
    EXCLUDED,
    PENDING,
    OTHER;

    /** The parts whose sum is {@link #CLAIMS}. */
    public static final List<PublicMeasure> PARTS = List.of(ESTABLISHED, EXCLUDED, PENDING, OTHER);
}
