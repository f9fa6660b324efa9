package un.vra.claims.claim;

import un.vra.claims.shared.InvalidInputException;

/** The order of the claim register: a field, ascending or (with a leading minus) descending. */
public record ClaimSort(Field field, boolean descending) {

    /**
     * The fields a list can be sorted on; each has an index that serves it. {@code PENDING} puts open claims
     * before closed ones, each by date received: ascending, it is "oldest pending first". {@code NOTIFIED}
     * orders by the day the Member State was notified. {@code MAJORITY} orders by the month the claim's next
     * child comes of age, claims with no child still to come of age last: ascending, the nearest majority first.
     */
    public enum Field {
        UPDATED,
        RECEIVED,
        REFERENCE,
        PENDING,
        NOTIFIED,
        MAJORITY
    }

    /** Most recently updated first. */
    public static final ClaimSort DEFAULT = new ClaimSort(Field.UPDATED, true);

    /** Reads {@code updated}, {@code -received}, {@code reference} and the like; blank means the default. */
    public static ClaimSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        for (Field field : Field.values()) {
            if (field.name().equalsIgnoreCase(name)) {
                return new ClaimSort(field, descending);
            }
        }
        throw new InvalidInputException(
                "sort",
                "sort must be one of updated, received, reference, pending, notified, majority,"
                        + " optionally preceded by '-' for descending order");
    }
}
