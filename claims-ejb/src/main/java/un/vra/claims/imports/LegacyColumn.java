package un.vra.claims.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The legacy file's columns; the enum's order is the order of the claim's timeline, not the file's. */
enum LegacyColumn {
    REFERENCE(false),
    RECEIVED_ON(true),
    CLAIM_TYPE(true),
    MISSION(true),
    ALLEGATION_REFERENCE(false),
    PERSONNEL_CATEGORY(true),
    MEMBER_STATE(false),
    STATUS(true),
    PATERNITY_OUTCOME(true),
    CLOSURE_REASON(false),
    NOTIFIED_ON(false),
    ACKNOWLEDGED_ON(false),
    PATERNITY_DETERMINED_ON(false),
    SUPPORT_ARRANGED_ON(false),
    CLOSED_ON(false),
    CHILD_BIRTH_YEARS(false),
    CHILD_BIRTH_DATES(false),
    CLAIMANT_NAME(false),
    ALLEGATION_YEAR(false);

    private final boolean required;

    LegacyColumn(boolean required) {
        this.required = required;
    }

    boolean required() {
        return required;
    }

    String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Older exports predate the claimant's name, the children's dates and the allegation's year, so their columns
     * may be left out.
     */
    boolean mayBeLeftOut() {
        return this == CLAIMANT_NAME || this == CHILD_BIRTH_DATES || this == ALLEGATION_YEAR;
    }

    static LegacyColumn named(String csvName) {
        return Arrays.stream(values())
                .filter(column -> column.csvName().equals(csvName))
                .findFirst()
                .orElse(null);
    }

    static String allNames() {
        return Arrays.stream(values()).map(LegacyColumn::csvName).collect(Collectors.joining(", "));
    }
}
