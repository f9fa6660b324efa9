package un.vra.claims.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads every enum of a request body. JSON-B's own reading fails on an unknown value without naming the
 * property; failing here, inside the property's binding, lets JSON-B name it, and says which values are
 * allowed.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class EnumValues implements JsonbDeserializer<Enum> {

    static final String MUST_BE = "must be one of ";

    @Override
    public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<? extends Enum> enumType = (Class<? extends Enum>) type;
        if (value instanceof JsonString text) {
            for (Enum constant : enumType.getEnumConstants()) {
                if (constant.name().equals(text.getString())) {
                    return constant;
                }
            }
        }
        throw new JsonbException(MUST_BE
                + Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
