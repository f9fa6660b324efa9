package un.vra.claims.api;

import static un.vra.claims.shared.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/**
 * Every JSON body is read whole (within {@link RequestBodyLimit}'s bound) and walked event by event before
 * anything binds it: it must be complete, at most {@value #MAX_DEPTH} arrays or objects deep, and hold no
 * number beyond what a claim can mean. The JSON-P parser loops forever when it is asked to skip an array
 * or object that never closes (eclipse-ee4j/parsson#23), which JSON-B does for every unknown property; a body
 * that got through this walk is closed everywhere, so skipping ends. Walking calls only {@code next()},
 * which fails at the end of the input, and never more often than the body has bytes.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    static final int MAX_DEPTH = 16;
    private static final int MAX_NUMBER_CHARS = 40;
    private static final int MAX_EXPONENT = 100;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body;
        try {
            body = new LimitedInputStream(context.getInputStream(), RequestBodyLimit.JSON_BYTES).readAllBytes();
        } catch (BodyTooLargeException e) {
            throw new DomainException(ErrorCode.BODY_TOO_LARGE, e.getMessage(), RequestBodyLimit.JSON_BYTES);
        }
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Refuses a body that is not complete JSON, too deep, or carries an absurd number; blank is left alone. */
    static void check(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return;
        }
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            long events = 0;
            while (parser.hasNext()) {
                if (++events > body.length) {
                    throw malformed("it does not end");
                }
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            throw malformed("it nests arrays and objects more than " + MAX_DEPTH + " deep");
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    case VALUE_NUMBER -> checkNumber(parser.getString());
                    default -> {}
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw malformed("it is not complete, well-formed JSON");
        }
    }

    /** Converting 1e999999999 to an integer would take minutes: numbers stay short and their exponents small. */
    private static void checkNumber(String number) {
        if (number.length() > MAX_NUMBER_CHARS) {
            throw malformed("a number has more than " + MAX_NUMBER_CHARS + " characters");
        }
        int e = number.toLowerCase(Locale.ROOT).indexOf('e');
        if (e < 0) {
            return;
        }
        String exponent = number.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (exponent.length() > 3 || Integer.parseInt(exponent) > MAX_EXPONENT) {
            throw malformed("a number's exponent is beyond " + MAX_EXPONENT);
        }
    }

    private static DomainException malformed(String why) {
        return new DomainException(ErrorCode.MALFORMED_BODY, "The request body is refused: " + why + ".");
    }
}
