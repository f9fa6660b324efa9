package un.vra.claims.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Figures written as the page's language writes numbers, for a page without a view of its own that formats them:
 * {@code #{pageFigures.amount(line.balance)}} reads 10 000,00 in French and 10,000.00 in English.
 */
@Named
@RequestScoped
public class PageFigures {

    @Inject
    private FacesContext facesContext;

    private FigureFormat format;

    /** An amount of money, to the cent. */
    public String amount(Number amount) {
        return format().amount(amount);
    }

    private FigureFormat format() {
        if (format == null) {
            format = new FigureFormat(
                    facesContext.getViewRoot().getLocale(),
                    facesContext
                            .getApplication()
                            .getResourceBundle(facesContext, "msg")
                            .getString("figure.none"));
        }
        return format;
    }
}
