package un.vra.claims.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the {@link BlindIndex} of an attribute's value instead of the value. One-way: what is read back is
 * the index itself, which only queries use.
 */
@Converter
public class BlindIndexConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null ? null : BlindIndex.of(value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}
