package un.vra.claims.web.error;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.document.DocumentRejectedException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.Languages;

/**
 * The message of an error code in one language: the code's text ({@code error.<CODE>}) with the refusal's
 * arguments. Values of the domain's enums among the arguments are shown by their label in that language.
 */
public final class ErrorTexts {

    /** The application's texts, holding one message per error code. */
    public static final String BUNDLE = "un.vra.claims.web.ui.messages";

    /** Enums whose values already have labels on the pages: the same label is used in messages. */
    private static final Map<Class<?>, String> LABELS = Map.of(
            ClaimStatus.class, "status.",
            ClaimAction.class, "action.",
            DocumentRejectedException.Reason.class, "document.rejected.");

    private ErrorTexts() {}

    /** The refusal's message, worded for what it refused when the texts have such a wording. */
    public static String message(DomainException refusal, ResourceBundle texts) {
        String key = texts.containsKey(refusal.messageKey())
                ? refusal.messageKey()
                : refusal.code().messageKey();
        return format(key, texts, refusal.arguments());
    }

    public static String message(ErrorCode code, ResourceBundle texts, Object... arguments) {
        return format(code.messageKey(), texts, arguments);
    }

    private static String format(String key, ResourceBundle texts, Object... arguments) {
        Object[] shown =
                Arrays.stream(arguments).map(argument -> shown(argument, texts)).toArray();
        Locale locale = texts.getLocale() == null ? Locale.ROOT : texts.getLocale();
        return new MessageFormat(texts.getString(key), locale).format(shown);
    }

    private static Object shown(Object argument, ResourceBundle texts) {
        if (argument instanceof Enum<?> value) {
            return label(value, texts);
        }
        if (argument instanceof Collection<?> values) {
            List<?> sorted = values.stream()
                    .sorted(Comparator.comparing(Object::toString))
                    .toList();
            return sorted.isEmpty()
                    ? texts.getString("error.nothing")
                    : sorted.stream()
                            .map(value -> String.valueOf(shown(value, texts)))
                            .collect(Collectors.joining(Languages.listSeparator(language(texts))));
        }
        return argument;
    }

    private static String language(ResourceBundle texts) {
        return texts.getLocale() == null ? null : texts.getLocale().getLanguage();
    }

    private static String label(Enum<?> value, ResourceBundle texts) {
        String own = "error." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        if (texts.containsKey(own)) {
            return texts.getString(own);
        }
        String prefix = LABELS.get(value.getDeclaringClass());
        return prefix != null && texts.containsKey(prefix + value.name())
                ? texts.getString(prefix + value.name())
                : value.name();
    }
}
