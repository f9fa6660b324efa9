package un.vra.claims.encryption;

import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Seals a personal attribute, text or bytes, through the live {@link KeyRing} before it reaches its column, and
 * opens it when read. An EclipseLink converter rather than a JPA one because EclipseLink tells it which column it
 * serves (each mapping gets its own instance): the column's identity is sealed into each value, and a column
 * missing from {@link EncryptedColumn} (whose list the rotation follows) stops the deployment instead of being
 * left out of every rotation. Entities name it {@code @Convert(PersonalDataConverter.NAME)}.
 */
public class PersonalDataConverter implements Converter {

    public static final String NAME = "personal-data";

    private EncryptedColumn column;

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        column = EncryptedColumn.named(mapping.getField().getName());
    }

    @Override
    public Object convertObjectValueToDataValue(Object value, Session session) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes
                ? PersonalDataKeys.ring().seal(column, bytes)
                : PersonalDataKeys.ring().seal(column, (String) value);
    }

    @Override
    public Object convertDataValueToObjectValue(Object stored, Session session) {
        if (stored == null) {
            return null;
        }
        return stored instanceof byte[] bytes
                ? PersonalDataKeys.ring().open(column, bytes)
                : PersonalDataKeys.ring().open(column, (String) stored);
    }

    @Override
    public boolean isMutable() {
        return false;
    }
}
