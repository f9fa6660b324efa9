package un.vra.claims.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import un.vra.claims.shared.DomainException;
import un.vra.claims.web.error.RefusalMessages;

/** Runs a change asked for on a page and tells the person how it went: a text from the bundle, or the refusal. */
public final class PageMessages {

    private PageMessages() {}

    /**
     * Whether the change was made; a domain refusal goes to the pages' one exception handler, which shows it in
     * the reader's language, and the caller goes on with what it does after a refusal.
     */
    public static boolean run(FacesContext facesContext, Runnable change, String doneKey) {
        try {
            change.run();
            info(facesContext, doneKey);
            return true;
        } catch (DomainException e) {
            RefusalMessages.queue(facesContext, e);
            return false;
        }
    }

    public static void info(FacesContext facesContext, String key, Object... arguments) {
        String text = facesContext
                .getApplication()
                .getResourceBundle(facesContext, "msg")
                .getString(key);
        facesContext.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        arguments.length == 0 ? text : MessageFormat.format(text, arguments),
                        null));
    }
}
