package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/** A claim's public reference, {@code PC-<year received>-<number in that year>}, such as PC-2024-0007. */
@Embeddable
public class ClaimReference {

    private static final Pattern FORMAT = Pattern.compile("PC-(\\d{4})-(\\d{4,7})");

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String value;

    protected ClaimReference() {}

    private ClaimReference(String value) {
        this.value = value;
    }

    public static ClaimReference of(int year, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("a reference number starts at 1");
        }
        return new ClaimReference(String.format("PC-%04d-%04d", year, number));
    }

    /** Reads a reference as typed by a person or an API client; rejects anything else. */
    public static ClaimReference parse(String text) {
        if (text == null || !FORMAT.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("not a claim reference: " + text);
        }
        return new ClaimReference(text.trim());
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimReference that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
