package un.vra.claims.claim;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an arrangement asks from a day on: an amount per period in its own currency and how often it falls due. The
 * first terms start with the arrangement; each revision adds terms from its own day, so earlier periods keep the
 * amount they fell due with.
 */
public record SupportTerms(LocalDate from, Money amount, SupportArrangement.Frequency frequency)
        implements Serializable {

    public SupportTerms {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
    }
}
