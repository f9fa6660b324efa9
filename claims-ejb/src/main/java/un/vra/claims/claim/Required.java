package un.vra.claims.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import un.vra.claims.shared.InvalidInputException;

/**
 * The claim's own check of an input's required components, read from the same annotations the API and the
 * dialogs validate with, so that what is required is written once, on the input record. Bean Validation's
 * annotations do not target record components, so Java puts them on the accessors, where they are read.
 */
final class Required {

    private Required() {}

    static void check(ClaimCommand input) {
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            boolean notNull = component.getAccessor().isAnnotationPresent(NotNull.class);
            boolean notBlank = component.getAccessor().isAnnotationPresent(NotBlank.class);
            if (notNull || notBlank) {
                Object value = valueOf(component, input);
                if (value == null || notBlank && value.toString().isBlank()) {
                    throw new InvalidInputException(component.getName(), component.getName() + " is required");
                }
            }
        }
    }

    private static Object valueOf(RecordComponent component, ClaimCommand input) {
        try {
            return component.getAccessor().invoke(input);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
