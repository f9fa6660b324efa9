package un.vra.claims.web.ui;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.text.ParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A number field in the page's language ({@code <f:converter converterId="figure"/>}): it shows "0,8" on a French,
 * Spanish or Russian page and reads what is typed the same way ({@link FigureFormat#editable}, {@link
 * FigureFormat#read}), into the field's type (a whole number for an {@code Integer}). Faces' own converters read
 * and write "0.8" whatever the language. What cannot be read is refused with a message that names the field, repeats
 * what was typed and shows a number as the page writes it; Faces keeps what was typed in the field.
 */
@FacesConverter("figure")
public class FigureConverter implements Converter<Number> {

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        boolean whole = wholeNumber(context, component);
        try {
            return new FigureFormat(locale, "").read(value, whole);
        } catch (ParseException unreadable) {
            ResourceBundle texts = context.getApplication().getResourceBundle(context, "msg");
            Object label = component.getAttributes().get("label");
            String text = refusal(label == null ? component.getId() : label.toString(), value, whole, locale, texts);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), unreadable);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        return new FigureFormat(context.getViewRoot().getLocale(), "").editable(value);
    }

    /** The message of a refused number: the field, what was typed, and an example as {@code locale} writes it. */
    static String refusal(String label, String typed, boolean whole, Locale locale, ResourceBundle texts) {
        String example = new FigureFormat(locale, "").editable(whole ? 90 : 0.75);
        return new MessageFormat(texts.getString(whole ? "figure.invalidWhole" : "figure.invalid"), locale)
                .format(new Object[] {label, typed, example});
    }

    private static boolean wholeNumber(FacesContext context, UIComponent component) {
        ValueExpression bound = component.getValueExpression("value");
        Class<?> type = bound == null ? null : bound.getType(context.getELContext());
        return type == Integer.class || type == int.class;
    }
}
