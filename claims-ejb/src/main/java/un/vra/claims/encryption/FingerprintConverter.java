package un.vra.claims.encryption;

import org.eclipse.persistence.sessions.Session;

/**
 * A {@link BlindIndexConverter} for a value written again as read: an element collection rewrites rows it reads
 * back, and what it read back is already the index, which must not be hashed a second time. A value to index never
 * has an index's form ({@code <key id>:<64 hex digits>}), since it joins names with a separator. Entities name it
 * {@code @Convert(FingerprintConverter.NAME)}.
 */
public class FingerprintConverter extends BlindIndexConverter {

    public static final String NAME = "fingerprint";

    @Override
    public Object convertObjectValueToDataValue(Object value, Session session) {
        if (value instanceof String text && KeyRing.keyIdOfIndex(text).isPresent()) {
            return text;
        }
        return super.convertObjectValueToDataValue(value, session);
    }
}
