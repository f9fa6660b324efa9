package un.vra.claims.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Every instant a page shows (a document attached, a mail queued), as a person reads it: to the minute, in UTC,
 * and said so ({@code 2026-12-02 15:28 UTC}), never the raw {@code 2026-12-02T15:28:15.205440Z}.
 */
@FacesConverter(forClass = Instant.class)
public class UtcMinutes implements Converter<Instant> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), SHOWN).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ConverterException("not a time such as 2026-12-02 15:28 UTC", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : SHOWN.format(value.atOffset(ZoneOffset.UTC));
    }
}
