package un.vra.claims.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * The page a stale or tampered form leads to ({@link StaleForms}): where "go on" leads, the page the form was
 * on, taken from the request only when it is one of this module's own pages, else the module's start page.
 */
@Named
@RequestScoped
public class StaleFormPage {

    private static final Pattern OWN_PAGE = Pattern.compile("/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.xhtml");

    @Inject
    private FacesContext facesContext;

    public String getGoOn() {
        String page = facesContext.getExternalContext().getRequestParameterMap().get("page");
        String contextPath = facesContext.getExternalContext().getRequestContextPath();
        return contextPath + goOn(page);
    }

    static String goOn(String page) {
        return page != null && OWN_PAGE.matcher(page).matches() && !StaleForms.PAGE.equals(page) ? page : "/";
    }
}
