package un.vra.claims.export;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import un.vra.claims.claim.application.TimelineEntry;
import un.vra.claims.shared.Languages;

/**
 * How the pages and the documents name what the domain records, in the reader's texts: a coded value by its name
 * ({@code category.MILITARY_OBSERVER} reads "Military observer") and a detail of a step by its label
 * ({@code personnelCategory} reads "Personnel"). The claim file page and its PDF both read them from here.
 */
public final class Labels {

    /** Where a detail's label is looked for, in order: the dialog's field, then the claim file's fact. */
    private static final List<String> LABEL_PREFIXES = List.of("field.", "claim.");

    /** Details whose values have names of their own; any other coded value is a dialog's choice. */
    private static final Map<String, String> VALUE_PREFIXES = Map.of(
            "claimType", "type.",
            "personnelCategory", "category.",
            "outcome", "outcome.",
            "status", "status.",
            "step", "step.",
            "rung", "mailKind.");

    private Labels() {}

    /** The label of a step's detail; the detail's own name when no text names it. */
    public static String detail(String key, ResourceBundle texts) {
        for (String prefix : LABEL_PREFIXES) {
            if (texts.containsKey(prefix + key)) {
                return texts.getString(prefix + key);
            }
        }
        return key;
    }

    /** A step's detail's value as a person reads it: yes or no, a coded value's name, or the value itself. */
    public static String detailValue(String key, String value, ResourceBundle texts) {
        if (value == null) {
            return "";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return texts.getString(Boolean.parseBoolean(value) ? "yes" : "no");
        }
        return named(VALUE_PREFIXES.getOrDefault(key, "choice."), value, texts);
    }

    /**
     * A step's details on one line as a person reads them, each by its label and value, then the amount it moved, if
     * any: "Payer: Ministry of Defence; 150.00 USD". Each label leads its value and they are separated as the texts'
     * language writes labelled fields ({@link Languages#labelSeparator(Locale)},
     * {@link Languages#fieldSeparator(Locale)}): "Payeur : ... ; 150.00 USD" in French. Nothing follows the last; the details named in {@code leftOut}
     * are not shown (the kit under which the chain of custody stands, say).
     */
    public static String stepDetails(TimelineEntry step, ResourceBundle texts, Set<String> leftOut) {
        Stream<String> details = step.details() == null
                ? Stream.empty()
                : step.details().entrySet().stream()
                        .filter(detail -> !leftOut.contains(detail.getKey()))
                        .map(detail -> Languages.labelled(
                                texts.getLocale(),
                                detail(detail.getKey(), texts),
                                detailValue(detail.getKey(), detail.getValue(), texts)));
        return Stream.concat(details, Stream.ofNullable(amount(step.amount(), step.currency())))
                .collect(Collectors.joining(Languages.fieldSeparator(texts.getLocale())));
    }

    /** An amount with its currency, "150.00 USD"; none gives null. */
    public static String amount(Object amount, String currency) {
        return amount == null ? null : Cells.display(amount) + (currency == null ? "" : " " + currency);
    }

    /** A coded value by its name under {@code prefix}; null stays null, an unnamed value reads as itself. */
    public static String named(String prefix, Object value, ResourceBundle texts) {
        if (value == null) {
            return null;
        }
        String key = prefix + (value instanceof Enum<?> constant ? constant.name() : value.toString());
        return texts.containsKey(key) ? texts.getString(key) : value.toString();
    }

    /** A text with its arguments put in, formatted as the texts' language writes them. */
    public static String text(ResourceBundle texts, String key, Object... arguments) {
        Locale locale = texts.getLocale() == null ? Locale.ROOT : texts.getLocale();
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
