package un.vra.claims.metrics;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.shared.InvalidInputException;

/**
 * Where a page of the register ended, as its last claim's sort key and id ({@code 2015-03-02_1234}): the next
 * page is the claims after it in the same order. Only orders on a key every claim has can be read so.
 */
record RegisterCursor(ClaimSort sort, Comparable<?> key, long id) {

    private static final String INVALID =
            "after must be the next cursor of a page of the same sort, one of" + " updated, received or reference";

    static String of(Claim claim, ClaimSort sort) {
        Object key = switch (sort.field()) {
            case UPDATED -> claim.updatedAt();
            case RECEIVED -> claim.receivedOn();
            case REFERENCE -> claim.reference().value();
            case PENDING, NOTIFIED, MAJORITY -> null;
        };
        return key == null ? null : key + "_" + claim.id();
    }

    static RegisterCursor parse(String text, ClaimSort sort) {
        int split = text.lastIndexOf('_');
        if (split < 1) {
            throw new InvalidInputException("after", INVALID);
        }
        String key = text.substring(0, split);
        try {
            long id = Long.parseLong(text.substring(split + 1));
            return switch (sort.field()) {
                case UPDATED -> new RegisterCursor(sort, Instant.parse(key), id);
                case RECEIVED -> new RegisterCursor(sort, LocalDate.parse(key), id);
                case REFERENCE -> new RegisterCursor(sort, key, id);
                case PENDING, NOTIFIED, MAJORITY -> throw new InvalidInputException("after", INVALID);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidInputException("after", INVALID);
        }
    }

    /** The claims after this one in the sort's order: a later key, or the same key and a later id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Predicate after(CriteriaBuilder cb, Root<Claim> claim) {
        Path path = switch (sort.field()) {
            case UPDATED -> claim.get("updatedAt");
            case RECEIVED -> claim.get("receivedOn");
            default -> claim.get("reference").get("value");
        };
        Comparable value = key;
        Path<Long> claimId = claim.get("id");
        return sort.descending()
                ? cb.or(cb.lessThan(path, value), cb.and(cb.equal(path, value), cb.lessThan(claimId, id)))
                : cb.or(cb.greaterThan(path, value), cb.and(cb.equal(path, value), cb.greaterThan(claimId, id)));
    }
}
