package un.vra.claims.web.ui;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A protected view opened without the token of the application's own links is a refusal, not an error: answer
 * 403 with the polite "not available to you" page instead of the generic error page.
 */
public class ProtectedViewRefusal extends ExceptionHandlerFactory {

    public ProtectedViewRefusal(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Takes protected-view refusals out of the queue and lets every other exception through. */
    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (isProtectedViewRefusal(events.next().getContext().getException())) {
                    events.remove();
                    FacesContext context = FacesContext.getCurrentInstance();
                    try {
                        context.getExternalContext().responseSendError(403, "Protected view");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    context.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static boolean isProtectedViewRefusal(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProtectedViewException) {
                    return true;
                }
            }
            return false;
        }
    }
}
