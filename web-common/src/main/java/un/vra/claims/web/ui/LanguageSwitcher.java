package un.vra.claims.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import un.vra.claims.shared.Languages;

/**
 * The language switcher at the top of every page: the six official languages, each a link to the same page and
 * query in that language ({@link ReaderLanguage}), and which way the page's language is written.
 */
@Named
@RequestScoped
public class LanguageSwitcher {

    @Inject
    private FacesContext facesContext;

    public List<String> getLanguages() {
        return Languages.OFFICIAL;
    }

    /** The language of the page being written. */
    public String getCurrent() {
        return facesContext.getViewRoot().getLocale().getLanguage();
    }

    /** {@code rtl} for Arabic, else {@code ltr}. */
    public String getDirection() {
        return Languages.isRightToLeft(getCurrent()) ? "rtl" : "ltr";
    }

    /** What separates the items of a list in the page's language: "، " in Arabic, "、" in Chinese, ", " elsewhere. */
    public String getListSeparator() {
        return Languages.listSeparator(getCurrent());
    }

    /**
     * A Member State's name as the page's language writes it ({@link Languages#stateName}): the reference data's
     * English name on an English page.
     */
    public String stateName(String code, String englishName) {
        return Languages.stateName(code, englishName, getCurrent());
    }

    /** This page with its query, in {@code language}: the switcher's parameter replaced, every other one kept. */
    public String link(String language) {
        HttpServletRequest request =
                (HttpServletRequest) facesContext.getExternalContext().getRequest();
        StringJoiner query = new StringJoiner("&", "?", "");
        String original = request.getQueryString();
        if (original != null && request.getMethod().equals("GET")) {
            for (String pair : original.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!pair.isEmpty() && !ReaderLanguage.PARAMETER.equals(name)) {
                    query.add(pair);
                }
            }
        }
        query.add(ReaderLanguage.PARAMETER + "="
                + URLEncoder.encode(Languages.orEnglish(language), StandardCharsets.UTF_8));
        return request.getRequestURI() + query;
    }
}
