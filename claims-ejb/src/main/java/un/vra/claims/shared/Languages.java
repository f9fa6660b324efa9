package un.vra.claims.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The six official languages of the United Nations, in which the pages, the mails, the notes verbales and the
 * documents are written: English, French, Spanish, Russian, Chinese (simplified) and Arabic, by their ISO 639-1
 * codes. English is the language of a reader who asked for none of them.
 */
public final class Languages {

    /** The platform's countries by their ISO 3166-1 alpha-3 code, looked up once rather than on each name. */
    private static final Map<String, Locale> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, country -> country, (a, b) -> a));

    public static final String ENGLISH = "en";

    /** U+00A0, the space that French typography puts before "; : ? !" and that a line never breaks at. */
    public static final String NO_BREAK_SPACE = "\u00a0";

    /** The codes, English first; the order in which a language switcher lists them. */
    public static final List<String> OFFICIAL = List.of("en", "fr", "es", "ru", "zh", "ar");

    private Languages() {}

    /** Whether {@code code} is one of the six, as written here (lower case). */
    public static boolean isOfficial(String code) {
        return code != null && OFFICIAL.contains(code);
    }

    /** The official language asked for (any case), else English. */
    public static String orEnglish(String asked) {
        if (asked == null) {
            return ENGLISH;
        }
        String code = asked.strip().toLowerCase(Locale.ROOT);
        return isOfficial(code) ? code : ENGLISH;
    }

    /**
     * The locale that writes a language's dates and numbers: Arabic with the digits 0 to 9, as the United Nations'
     * Arabic documents write them, rather than the Arabic-Indic digits the platform would choose.
     */
    public static Locale locale(String code) {
        String language = orEnglish(code);
        return Locale.forLanguageTag("ar".equals(language) ? "ar-u-nu-latn" : language);
    }

    /** Whether the language is written from right to left (Arabic). */
    public static boolean isRightToLeft(String code) {
        return "ar".equals(code);
    }

    /**
     * What separates the items of a list in a language, as its writers do (Java 17 has no {@code ListFormat}):
     * the Arabic comma in Arabic, the enumeration comma in Chinese, a comma elsewhere.
     */
    public static String listSeparator(String code) {
        return switch (orEnglish(code)) {
            case "ar" -> "، ";
            case "zh" -> "、";
            default -> ", ";
        };
    }

    /**
     * What separates labelled fields written on one line ("Mission: MONUSCO; Category: ..."): the Arabic semicolon in
     * Arabic, the full-width one in Chinese, in French a semicolon after a no-break space (French typography puts a
     * space before "; : ? !", and a no-break one keeps the sign from starting a line), a semicolon elsewhere.
     */
    public static String fieldSeparator(String code) {
        return switch (orEnglish(code)) {
            case "ar" -> "؛ ";
            case "zh" -> "；";
            case "fr" -> NO_BREAK_SPACE + "; ";
            default -> "; ";
        };
    }

    /** {@link #fieldSeparator(String)} for a bundle's locale, English when it has none. */
    public static String fieldSeparator(Locale locale) {
        return fieldSeparator(locale == null ? null : locale.getLanguage());
    }

    /**
     * What separates a field's label from its value ("Mission: MONUSCO"): the full-width colon in Chinese, in French
     * a colon after a no-break space ("Mission : MONUSCO"), a colon elsewhere.
     */
    public static String labelSeparator(String code) {
        return switch (orEnglish(code)) {
            case "zh" -> "：";
            case "fr" -> NO_BREAK_SPACE + ": ";
            default -> ": ";
        };
    }

    /** {@link #labelSeparator(String)} for a bundle's locale, English when it has none. */
    public static String labelSeparator(Locale locale) {
        return labelSeparator(locale == null ? null : locale.getLanguage());
    }

    /** A label and its value as the language writes them on one line (see {@link #labelSeparator(Locale)}). */
    public static String labelled(Locale locale, String label, String value) {
        return label + labelSeparator(locale) + value;
    }

    /** The items joined as a list of the language is written (see {@link #listSeparator(String)}). */
    public static String joinList(String code, Collection<String> items) {
        return String.join(listSeparator(code), items);
    }

    /**
     * A State's name in one of the six languages: the English name of the reference data in English; in another
     * language the country's name in it where the platform knows the code (ISO 3166-1 alpha-3, the Unicode CLDR's
     * names that the JDK carries), else the English name.
     */
    public static String stateName(String code, String englishName, String language) {
        String written = orEnglish(language);
        if (ENGLISH.equals(written)) {
            return englishName;
        }
        Locale country = code == null ? null : COUNTRIES.get(code.toUpperCase(Locale.ROOT));
        return country == null ? englishName : country.getDisplayCountry(Locale.forLanguageTag(written));
    }
}
