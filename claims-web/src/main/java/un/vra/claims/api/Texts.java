package un.vra.claims.api;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The application's texts in the first language of a request that it speaks: French, or else English. */
final class Texts {

    private static final String BUNDLE = "un.vra.claims.web.ui.messages";

    private Texts() {
    }

    static ResourceBundle forLanguages(List<Locale> acceptable) {
        Locale chosen = acceptable.stream()
                .filter(locale -> "fr".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()))
                .findFirst().orElse(Locale.ROOT);
        return ResourceBundle.getBundle(BUNDLE, "fr".equals(chosen.getLanguage()) ? Locale.FRENCH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
