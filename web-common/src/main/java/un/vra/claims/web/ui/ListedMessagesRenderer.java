package un.vra.claims.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages ({@code p:messages}) with each message's alert inside its list item rather than on it. PrimeFaces
 * 15.0.10 writes {@code <li role="alert">}: an item whose role is "alert" is no list item, so the list of a refused
 * form breaks WCAG 1.3.1 (axe-core's "list" rule, serious; PrimeFaces issue 14864, fixed in later releases). Here the
 * item stays an item and holds the alert, which screen readers announce as before.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix, boolean escape)
            throws IOException {
        writer.startElement("li", null);
        super.encodeMessage(new AlertInsideTheItem(writer), component, message, styleClassPrefix, escape);
        writer.endElement("li");
    }

    /** Writes what PrimeFaces writes as the item as a block inside it instead. */
    private static final class AlertInsideTheItem extends ResponseWriterWrapper {

        AlertInsideTheItem(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement("li".equals(name) ? "div" : name, component);
        }

        @Override
        public void endElement(String name) throws IOException {
            super.endElement("li".equals(name) ? "div" : name);
        }
    }
}
