package un.vra.claims.transparency;

/** Why a public cell shows no number. */
public enum Suppression {
    /** The number is shown. */
    NONE,
    /** A count from 1 to 4: shown as "fewer than 5". */
    FEWER_THAN_FIVE,
    /**
     * Withheld: a count of at least 1, hidden so that a small count nearby cannot be worked out from the sums; it
     * may itself be small.
     */
    COMPLEMENTARY
}
