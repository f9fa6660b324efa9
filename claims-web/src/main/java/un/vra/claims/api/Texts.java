package un.vra.claims.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import un.vra.claims.shared.Languages;
import un.vra.claims.web.error.ErrorTexts;

/** The application's texts in the first language of a request that it speaks (one of the six), or else English. */
final class Texts {

    private Texts() {}

    static ResourceBundle forLanguages(List<Locale> acceptable) {
        String chosen = acceptable.stream()
                .map(Locale::getLanguage)
                .filter(Languages::isOfficial)
                .findFirst()
                .orElse(Languages.ENGLISH);
        return ResourceBundle.getBundle(
                ErrorTexts.BUNDLE,
                Languages.ENGLISH.equals(chosen) ? Locale.ROOT : Locale.forLanguageTag(chosen),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English: for answers that have no request to read a language from. */
    static ResourceBundle english() {
        return forLanguages(List.of());
    }

    /**
     * The texts in the caller's language. A refusal must be answered even when the Accept-Language header
     * itself cannot be read: then in English.
     */
    static ResourceBundle of(HttpHeaders headers) {
        try {
            return forLanguages(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadableHeader) {
            return english();
        }
    }
}
