package un.vra.claims.encryption;

import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Stores the blind index of an attribute's value under the current key ({@link KeyRing#index}) instead of the
 * value. One-way: what is read back is the index itself, which only queries use. Entities name it
 * {@code @Convert(BlindIndexConverter.NAME)}.
 */
public class BlindIndexConverter implements Converter {

    public static final String NAME = "blind-index";

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        // Nothing to learn from the mapping: an index is the same whatever column holds it.
    }

    @Override
    public Object convertObjectValueToDataValue(Object value, Session session) {
        return value == null ? null : PersonalDataKeys.ring().index((String) value);
    }

    @Override
    public Object convertDataValueToObjectValue(Object stored, Session session) {
        return stored;
    }

    @Override
    public boolean isMutable() {
        return false;
    }
}
