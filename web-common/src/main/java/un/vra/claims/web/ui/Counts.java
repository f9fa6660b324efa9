package un.vra.claims.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import un.vra.claims.shared.PageResult;

/**
 * A count as the pages show it ({@code #{counts.shown(inboxView.unread)}}): the number in the page's language, or
 * "more than 10,000" where the database stopped counting at {@link PageResult#COUNT_CAP} and answered one more (the
 * inbox's unread items, a claim list's total), which would otherwise read as exactly 10,001.
 */
@Named
@RequestScoped
public class Counts {

    @Inject
    private FacesContext facesContext;

    public String shown(long count) {
        return shown(
                count,
                facesContext.getViewRoot().getLocale(),
                facesContext.getApplication().getResourceBundle(facesContext, "msg"));
    }

    static String shown(long count, Locale locale, ResourceBundle texts) {
        if (count > PageResult.COUNT_CAP) {
            return new MessageFormat(texts.getString("count.moreThan"), locale)
                    .format(new Object[] {PageResult.COUNT_CAP});
        }
        return NumberFormat.getIntegerInstance(locale).format(count);
    }
}
