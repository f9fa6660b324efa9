package un.vra.claims.transparency;

/** One cell as the public reads it: the count, or no count and why. A suppressed cell never carries its count. */
public record PublicCell(Long count, Suppression suppression) {

    static PublicCell of(long count, Suppression suppression) {
        return new PublicCell(suppression == Suppression.NONE ? count : null, suppression);
    }

    public boolean shown() {
        return suppression == Suppression.NONE;
    }
}
