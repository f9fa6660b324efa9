package un.vra.claims.web.error;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

/**
 * The pages' one way of showing a refusal of the domain: whatever a page asked for (a button, an ajax
 * listener) and wherever it was refused, the person reads the code's message in the page's language among the
 * page's messages, the page stays as it was with what was typed, and a dialog stays open (the request counts as
 * failed validation). A refusal while a page is first opened or rendered is left to the error page, since there
 * is no page to show it on yet.
 */
public class RefusalMessages extends ExceptionHandlerFactory {

    public RefusalMessages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /**
     * Hands a refusal that a bean caught, to go on with what it does after a refusal, to this handler, which
     * shows it at the end of the current phase.
     */
    public static void queue(FacesContext context, DomainException refusal) {
        context.getApplication()
                .publishEvent(context, ExceptionQueuedEvent.class, new ExceptionQueuedEventContext(context, refusal));
    }

    /**
     * The message a reader of {@code locale} sees for a refusal, from the texts in that language. An invalid input
     * that has a label on the page ({@code field.<name>}) is named by it; in English the domain's own explanation
     * follows it.
     */
    static String text(DomainException refusal, ResourceBundle texts, Locale locale) {
        boolean english = locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage());
        if (refusal instanceof InvalidInputException invalid
                && invalid.code() == ErrorCode.VALIDATION
                && invalid.field() != null
                && texts.containsKey("field." + invalid.field())) {
            String label = texts.getString("field." + invalid.field());
            return english && invalid.getMessage() != null
                    ? label + ": " + invalid.getMessage()
                    : ErrorTexts.message(ErrorCode.VALIDATION, texts, label);
        }
        if (english && refusal.code() == ErrorCode.VALIDATION && refusal.getMessage() != null) {
            return refusal.getMessage();
        }
        return ErrorTexts.message(refusal, texts);
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Optional<DomainException> refusal =
                        refusal(events.next().getContext().getException());
                if (refusal.isPresent() && onAShownPage(context)) {
                    events.remove();
                    show(context, refusal.get());
                }
            }
            getWrapped().handle();
        }

        private static boolean onAShownPage(FacesContext context) {
            return context != null
                    && context.isPostback()
                    && context.getViewRoot() != null
                    && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
        }

        private static void show(FacesContext context, DomainException refusal) {
            ResourceBundle texts = context.getApplication().getResourceBundle(context, "msg");
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            text(refusal, texts, context.getViewRoot().getLocale()),
                            null));
            context.validationFailed();
        }

        private static Optional<DomainException> refusal(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException refusal) {
                    return Optional.of(refusal);
                }
            }
            return Optional.empty();
        }
    }
}
