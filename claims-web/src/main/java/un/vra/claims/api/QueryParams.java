package un.vra.claims.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageRequest;

/**
 * Reads query parameters as strings and converts them here, so a bad value answers 400 with the field's name
 * rather than the 404 that JAX-RS gives a query parameter it cannot convert.
 */
final class QueryParams {

    private QueryParams() {}

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as yyyy-mm-dd");
        }
    }

    static boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "must be true or false");
        };
    }

    static int number(String field, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    /** A page of a list from {@code page} and {@code size}, numbered from 0, 25 rows unless asked. */
    static PageRequest page(String page, String size) {
        return new PageRequest(number("page", page, 0), number("size", size, PageRequest.DEFAULT_SIZE));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
