package un.vra.claims.claim;

import java.math.BigDecimal;
import java.util.Optional;
import un.vra.claims.shared.InvalidInputException;

/** A laboratory's probability of paternity, in percent as laboratories report it: from 0 to 100. */
public record ProbabilityOfPaternity(BigDecimal percent) {

    /** A DNA inclusion at or above this probability establishes paternity (DOMAIN.md, "Lifecycle"). */
    public static final BigDecimal THRESHOLD = new BigDecimal("99");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ProbabilityOfPaternity {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("probabilityOfPaternity", "a probability lies between 0 and 100");
        }
    }

    /** The probability a result states, if it states one. */
    public static Optional<ProbabilityOfPaternity> ofNullable(BigDecimal percent) {
        return Optional.ofNullable(percent).map(ProbabilityOfPaternity::new);
    }

    public boolean establishesPaternity() {
        return percent.compareTo(THRESHOLD) >= 0;
    }
}
