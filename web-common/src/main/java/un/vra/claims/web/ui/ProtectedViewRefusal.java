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
 * 403 with the polite "not available to you" page instead of the generic error page. A stale or tampered form is
 * not an error either: it leads to the page {@link StaleForms} explains.
 */
public class ProtectedViewRefusal extends ExceptionHandlerFactory {

    public ProtectedViewRefusal(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Takes protected-view refusals and stale forms out of the queue and lets every other exception through. */
    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            boolean answered = false;
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                FacesContext context = FacesContext.getCurrentInstance();
                if (isProtectedViewRefusal(failure)) {
                    events.remove();
                    try {
                        context.getExternalContext().responseSendError(403, "Protected view");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    context.responseComplete();
                    answered = true;
                } else if (StaleForms.isStale(failure)) {
                    events.remove();
                    if (!answered) {
                        StaleForms.redirect(context);
                        answered = true;
                    }
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
