package un.vra.claims.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import un.vra.claims.shared.DomainException;

/** Runs a change asked for on a page and tells the person how it went: a text from the bundle, or the refusal. */
public final class PageMessages {

    private PageMessages() {
    }

    /** Whether the change was made; a domain refusal becomes an error message and nothing else happens. */
    public static boolean run(FacesContext facesContext, Runnable change, String doneKey) {
        try {
            change.run();
            info(facesContext, doneKey);
            return true;
        } catch (DomainException e) {
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return false;
        }
    }

    public static void info(FacesContext facesContext, String key, Object... arguments) {
        String text = facesContext.getApplication().getResourceBundle(facesContext, "msg").getString(key);
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                arguments.length == 0 ? text : MessageFormat.format(text, arguments), null));
    }
}
