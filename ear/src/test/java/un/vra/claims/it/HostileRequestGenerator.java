package un.vra.claims.it;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import un.vra.claims.it.OpenApiOperations.Operation;
import un.vra.claims.it.OpenApiOperations.Parameter;

/**
 * Requests aimed at the operations of the OpenAPI document, each a plausible request with one hostile twist: wrong
 * types, huge and negative numbers, unknown enumeration values, overlong, control-character and invalid UTF-8
 * strings, deep JSON, missing and duplicated fields, wrong content types, path tricks and overlong query strings.
 * The same seed gives the same requests in the same order.
 */
final class HostileRequestGenerator {

    /** The demo account of each role, as the IT domain creates them. */
    static final Map<String, String> USER_OF_ROLE = Map.of(
            "VRA_OFFICER", "vra.officer",
            "VRA_ADMIN", "vra.admin",
            "FOCAL_POINT", "focal.npl",
            "TASK_FORCE", "taskforce",
            "AUDITOR", "auditor");

    /** What is sent: {@code target} is the path and query as they go on the request line, already encoded. */
    record Request(
            Operation operation,
            String twist,
            String method,
            String target,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            String user) {}

    private static final List<String> TWISTS = List.of(
            "wrong-type",
            "huge-number",
            "unknown-enum",
            "overlong-string",
            "control-characters",
            "invalid-utf8",
            "deep-json",
            "missing-field",
            "duplicated-field",
            "not-json",
            "wrong-content-type",
            "path-trick",
            "hostile-path-parameter",
            "overlong-query",
            "duplicated-query",
            "hostile-if-match",
            "wrong-method",
            "wrong-role");

    private static final String[] HOSTILE_STRINGS = {
        "\u0000", "\u0007\u001b[31m", "\r\nSet-Cookie: x=1", "\u202eevil", "\ufeff", "\ud83d\ude00", "<script>",
                "'; --",
        "%00", "../../etc/passwd", "${jndi:ldap://x}", "#{7*7}", "\\u0000", " ", "", "\t",
    };

    /**
     * The twists an operation that changes what other tests rely on (passwords, keys, focal points, mail settings,
     * the reminder job, publications) is sent with: each must be refused, so that the run changes none of it.
     */
    private static final List<String> REFUSED_TWISTS =
            List.of("wrong-type", "deep-json", "not-json", "wrong-content-type", "missing-field");

    private final Random random;
    private final List<Operation> operations;
    private final Supplier<String> reference;
    private final java.util.Set<String> sharedState;

    /**
     * {@code reference} gives a claim the callers may act on, for the path parameter {@code reference};
     * {@code sharedState} names the operations that only get {@link #REFUSED_TWISTS}.
     */
    HostileRequestGenerator(
            long seed, List<Operation> operations, Supplier<String> reference, java.util.Set<String> sharedState) {
        this.random = new Random(seed);
        this.operations = operations;
        this.reference = reference;
        this.sharedState = sharedState;
    }

    /** The i-th request: the operations in turn, so that each is aimed at as often as any other. */
    Request next(int i) {
        Operation operation = operations.get(i % operations.size());
        boolean shared = sharedState.contains(operation.id());
        String twist = shared
                ? REFUSED_TWISTS.get(random.nextInt(REFUSED_TWISTS.size()))
                : TWISTS.get(random.nextInt(TWISTS.size()));
        Map<String, Object> bodySchema = OpenApiOperations.map(operation.bodySchema());
        if (shared && OpenApiOperations.map(bodySchema.get("properties")).isEmpty()) {
            // A body of no fields may be left unread: only a content type other than JSON is sure to be refused.
            twist = "wrong-content-type";
        } else if (shared
                && ((twist.equals("missing-field")
                                && OpenApiOperations.list(bodySchema.get("required"))
                                        .isEmpty())
                        || (twist.equals("wrong-type")
                                && OpenApiOperations.map(bodySchema.get("properties"))
                                        .isEmpty()))) {
            twist = "deep-json";
        }
        String method = operation.method();
        String user = operation.roles().isEmpty()
                ? "vra.admin"
                : USER_OF_ROLE.get(operation.roles().get(0));
        if (shared) {
            // Every such operation is the administrator's, or the caller's own account's: signed in as an officer, or
            // not at all.
            user = operation.roles().isEmpty() ? null : "vra.officer";
        } else if (twist.equals("wrong-method")) {
            method = pick("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "GET", "POST", "PROPFIND", "FOO");
        } else if (twist.equals("wrong-role")) {
            user = random.nextInt(4) == 0 ? null : pick(USER_OF_ROLE.values().toArray(String[]::new));
        }

        StringBuilder path = new StringBuilder("/claims/api");
        for (String segment : operation.path().substring(1).split("/")) {
            path.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                Parameter parameter = operation.in("path").stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .orElseThrow();
                path.append(
                        twist.equals("hostile-path-parameter")
                                ? hostilePathValue()
                                : encode(pathValue(operation, parameter)));
            } else {
                path.append(segment);
            }
        }
        String target = twist.equals("path-trick") ? pathTrick(path.toString()) : path.toString();

        List<String> query = new ArrayList<>();
        List<Parameter> queryParameters = operation.in("query");
        Parameter twisted =
                queryParameters.isEmpty() ? null : queryParameters.get(random.nextInt(queryParameters.size()));
        for (Parameter parameter : queryParameters) {
            if (parameter == twisted && isQueryTwist(twist)) {
                query.add(encode(parameter.name()) + "=" + hostileQueryValue(twist, parameter.schema()));
                if (twist.equals("duplicated-query")) {
                    query.add(encode(parameter.name()) + "=" + encode(valueOf(parameter.schema(), parameter.name())));
                }
            } else if (parameter.required() || random.nextBoolean()) {
                query.add(encode(parameter.name()) + "=" + encode(valueOf(parameter.schema(), parameter.name())));
            }
        }
        if (twisted == null && twist.equals("overlong-query")) {
            query.add("q=" + hostileQueryValue(twist, Map.of("type", "string")));
        }
        if (!query.isEmpty()) {
            target += "?" + String.join("&", query);
        }

        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry(
                "Accept",
                random.nextInt(10) == 0 ? pick("application/xml", "text/html", "*/*;q=x") : "application/json"));
        headers.add(Map.entry("Accept-Language", pick("en", "fr", "fr-CH, fr;q=0.9", "de", ";;;", "x".repeat(300))));
        for (Parameter header : operation.in("header")) {
            if (twist.equals("hostile-if-match")) {
                headers.add(Map.entry(
                        header.name(),
                        pick(
                                "abc",
                                "\"-1\"",
                                "\"99999999999999999999\"",
                                "*",
                                "W/\"x\"",
                                "\"\"",
                                "\"1\", \"2\"",
                                "1.5")));
            } else if (random.nextInt(8) != 0) {
                headers.add(Map.entry(header.name(), "\"" + random.nextInt(4) + "\""));
            }
        }

        byte[] body = null;
        if (operation.bodyType() != null || twist.equals("not-json") || twist.equals("wrong-content-type")) {
            String type = operation.bodyType() == null ? "application/json" : operation.bodyType();
            String contentType = type;
            if (type.equals("multipart/form-data")) {
                String boundary = "b" + Long.toHexString(random.nextLong());
                body = multipart(boundary, twist);
                contentType =
                        twist.equals("wrong-content-type") ? "multipart/form-data" : type + "; boundary=" + boundary;
            } else if (type.equals("text/csv")) {
                body = csv(twist);
            } else {
                body = json(operation.bodySchema(), twist, shared);
            }
            if (twist.equals("wrong-content-type") && shared) {
                contentType = pick(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "application/json; charset=klingon",
                        ";;;",
                        "multipart/form-data; boundary=");
            } else if (twist.equals("wrong-content-type")) {
                contentType = pick(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "application/json; charset=klingon",
                        "application/json; charset=UTF-16",
                        ";;;",
                        "application/json, text/csv",
                        "text/csv; charset=ISO-8859-1",
                        "multipart/form-data; boundary=",
                        "");
            }
            if (!contentType.isEmpty()) {
                headers.add(Map.entry("Content-Type", contentType));
            }
        }
        return new Request(operation, twist, method, target, headers, body, user);
    }

    private static boolean isQueryTwist(String twist) {
        return switch (twist) {
            case "wrong-type",
                    "huge-number",
                    "unknown-enum",
                    "overlong-string",
                    "control-characters",
                    "invalid-utf8",
                    "overlong-query",
                    "duplicated-query" -> true;
            default -> false;
        };
    }

    private String pathValue(Operation operation, Parameter parameter) {
        return switch (parameter.name()) {
            case "reference" -> reference.get();
            case "keyId" -> Integer.toString(1000 + random.nextInt(30000));
            case "username" -> "nobody." + random.nextInt(100_000);
            case "id" -> Long.toString(random.nextLong() & Long.MAX_VALUE);
            default -> valueOf(parameter.schema(), parameter.name());
        };
    }

    private String hostilePathValue() {
        return pick(
                "..",
                "%2e%2e",
                "%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml",
                "%00",
                "PC-2024-0001%00.pdf",
                "%2f",
                "%5c..%5c",
                "-1",
                "99999999999999999999999",
                "0x7fffffff",
                "%C3%28",
                "%FF%FE",
                "%E2%80%AE",
                "%0d%0aX-Injected:%201",
                "x".repeat(5000),
                encode("Ω".repeat(800)),
                ";jsessionid=0",
                "%252e%252e",
                "PC-2024-" + "9".repeat(40));
    }

    private String pathTrick(String path) {
        int cut = path.indexOf('/', "/claims/api/".length());
        String head = cut < 0 ? path : path.substring(0, cut);
        String tail = cut < 0 ? "" : path.substring(cut);
        return switch (random.nextInt(9)) {
            case 0 -> head + "/." + tail;
            case 1 -> head + "/x/.." + tail;
            case 2 -> head + "/%2e" + tail;
            case 3 -> head + "/x/%2e%2e" + tail;
            case 4 -> head.replace("/api/", "/api//") + tail;
            case 5 -> path + "%00";
            case 6 -> path + ";x=1";
            case 7 -> path + "%2f";
            default -> head + "%00" + tail;
        };
    }

    private String hostileQueryValue(String twist, Map<String, Object> schema) {
        return switch (twist) {
            case "wrong-type" ->
                encode(pick("abc", "1e309", "NaN", "-0", "0x10", "１２", "true", "[]", "{}", "2024-13-45"));
            case "huge-number" ->
                pick("99999999999999999999", "-1", "-2147483649", "2147483648", "9223372036854775808", "1.5");
            case "unknown-enum" -> encode(pick("NOPE", "received", "RECEIVED ", "", "*", "ALL"));
            case "overlong-string", "overlong-query" -> encode(longString(5000));
            case "control-characters" -> encode(pick(HOSTILE_STRINGS));
            case "invalid-utf8" -> pick("%C3%28", "%FF%FE%FD", "%ED%A0%80", "%C0%AF", "%F8%88%80%80%80", "%E2%82");
            default -> encode(valueOf(schema, "x"));
        };
    }

    /** A plausible value of a schema, as text. */
    String valueOf(Map<String, Object> schema, String name) {
        List<?> values = OpenApiOperations.list(schema.get("enum"));
        if (!values.isEmpty()) {
            return String.valueOf(values.get(random.nextInt(values.size())));
        }
        String type = String.valueOf(schema.getOrDefault("type", "string"));
        if (name.toLowerCase(java.util.Locale.ROOT).contains("keyid")) {
            return Integer.toString(1000 + random.nextInt(30000));
        }
        if (type.equals("integer") || type.equals("number")) {
            long min = schema.get("minimum") instanceof Number n ? n.longValue() : 0;
            long max = schema.get("maximum") instanceof Number n ? n.longValue() : min + 100;
            return Long.toString(min + (long) (random.nextDouble() * (max - min)));
        }
        if (type.equals("boolean")) {
            return Boolean.toString(random.nextBoolean());
        }
        if ("date".equals(schema.get("format"))) {
            return "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        if (name.equals("memberState") || name.equals("nationality")) {
            return pick("NPL", "ZAF", "FRA");
        }
        if (name.equals("mission")) {
            return pick("MONUSCO", "MINUSCA", "UNMISS");
        }
        return "hostile-" + Integer.toString(random.nextInt(1 << 20), 36);
    }

    private byte[] json(Map<String, Object> schema, String twist, boolean shared) {
        if (twist.equals("not-json") && shared) {
            return bytes(pick("{\"a\":", "<xml/>", "{'a':1}", "{\"a\":1}}", "\u0000", "{,}"));
        }
        if (twist.equals("not-json")) {
            return bytes(
                    pick("", "null", "[]", "\"text\"", "{\"a\":", "<xml/>", "{'a':1}", "{\"a\":1}}", "\u0000", "{,}"));
        }
        if (twist.equals("deep-json")) {
            int depth = pick(200, 1000, 10000);
            return bytes(
                    random.nextBoolean()
                            ? "[".repeat(depth) + "]".repeat(depth)
                            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        }
        Map<String, Object> object = schema == null ? Map.of() : schema;
        List<?> choices = OpenApiOperations.list(object.get("oneOf"));
        if (!choices.isEmpty()) {
            object = OpenApiOperations.map(choices.get(random.nextInt(choices.size())));
        }
        Map<String, Object> properties = OpenApiOperations.map(object.get("properties"));
        List<?> required = OpenApiOperations.list(object.get("required"));
        Map<String, String> fields = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            if (required.contains(name) || random.nextBoolean()) {
                fields.put(name, jsonValue(OpenApiOperations.map(property), name));
            }
        });
        List<String> names = new ArrayList<>(properties.keySet());
        String target = names.isEmpty() ? "unknown" : names.get(random.nextInt(names.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (twist) {
            case "wrong-type" ->
                fields.put(
                        target,
                        shared
                                ? ("array"
                                                .equals(OpenApiOperations.map(properties.get(target))
                                                        .get("type"))
                                        ? "{\"a\":1}"
                                        : "[1,2]")
                                : pick("\"abc\"", "123", "[1,2]", "{\"a\":1}", "true", "null", "1.5"));
            case "huge-number" ->
                fields.put(
                        target,
                        pick("1e309", "-1", "9223372036854775808", "-99999999999999999999", "0.000000001", "1E400"));
            case "unknown-enum" -> fields.put(target, pick("\"NOPE\"", "\"received\"", "\"\"", "\"PATERNITY \""));
            case "overlong-string" -> fields.put(target, quote(longString(5000)));
            case "control-characters" -> fields.put(target, quote(pick(HOSTILE_STRINGS) + "x"));
            case "missing-field" -> {
                if (!required.isEmpty()) {
                    fields.remove(String.valueOf(required.get(random.nextInt(required.size()))));
                } else {
                    fields.clear();
                }
            }
            default -> {}
        }
        StringBuilder text = new StringBuilder("{");
        fields.forEach((name, value) -> text.append(text.length() > 1 ? "," : "")
                .append(quote(name))
                .append(':')
                .append(value));
        if (twist.equals("duplicated-field")) {
            text.append(text.length() > 1 ? "," : "")
                    .append(quote(target))
                    .append(':')
                    .append(pick("1", "\"x\"", "null", "[]"));
        }
        text.append('}');
        if (twist.equals("invalid-utf8")) {
            String json = text.toString();
            int quote = json.lastIndexOf('"');
            out.writeBytes(bytes(json.substring(0, Math.max(0, quote))));
            out.writeBytes(invalidUtf8());
            out.writeBytes(bytes(json.substring(Math.max(0, quote))));
            return out.toByteArray();
        }
        return bytes(text.toString());
    }

    private String jsonValue(Map<String, Object> schema, String name) {
        String type = String.valueOf(schema.getOrDefault("type", "string"));
        return switch (type) {
            case "integer", "number", "boolean" -> valueOf(schema, name);
            case "array" -> "[" + jsonValue(OpenApiOperations.map(schema.get("items")), name) + "]";
            case "object" -> {
                StringBuilder object = new StringBuilder("{");
                OpenApiOperations.map(schema.get("properties"))
                        .forEach((key, property) -> object.append(object.length() > 1 ? "," : "")
                                .append(quote(key))
                                .append(':')
                                .append(jsonValue(OpenApiOperations.map(property), key)));
                yield object.append('}').toString();
            }
            default -> quote(valueOf(schema, name));
        };
    }

    private byte[] multipart(String boundary, String twist) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String fileName = switch (twist) {
            case "overlong-string" -> longString(5000);
            case "control-characters" -> pick(HOSTILE_STRINGS) + ".pdf";
            case "path-trick" -> "../../../etc/passwd";
            default -> "evidence.pdf";
        };
        if (!twist.equals("missing-field")) {
            out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n"));
            out.writeBytes(bytes(twist.equals("wrong-type") ? "MZ\u0090\u0000not a pdf" : "%PDF-1.4\n%hostile\n"));
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"));
        if (twist.equals("invalid-utf8")) {
            out.writeBytes(invalidUtf8());
        } else {
            out.writeBytes(bytes(twist.equals("overlong-string") ? longString(5000) : "hostile"));
        }
        out.writeBytes(bytes("\r\n"));
        if (twist.equals("unknown-enum") || twist.equals("duplicated-field")) {
            out.writeBytes(bytes("--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"shareWithMemberState\"\r\n\r\nperhaps\r\n"));
        }
        if (!twist.equals("not-json")) {
            out.writeBytes(bytes("--" + boundary + "--\r\n"));
        }
        return out.toByteArray();
    }

    private byte[] csv(String twist) {
        String header = "reference,received_on,claim_type,mission,allegation_reference,personnel_category,member_state,"
                + "status,paternity_outcome,closure_reason,notified_on,acknowledged_on,paternity_determined_on,"
                + "support_arranged_on,closed_on,child_birth_years,claimant_name\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (twist) {
            case "missing-field" -> out.writeBytes(bytes(header.replace("mission,", "")));
            case "duplicated-field" -> out.writeBytes(bytes(header.replace("mission,", "mission,mission,")));
            case "invalid-utf8" -> {
                out.writeBytes(bytes(header + "LEG-"));
                out.writeBytes(invalidUtf8());
                out.writeBytes(bytes(",2024-01-01,PATERNITY,NOWHERE,,CIVILIAN,,RECEIVED,,,,,,,,,x\r\n"));
            }
            case "overlong-string", "control-characters" ->
                out.writeBytes(bytes(header + "LEG-1,2024-01-01,PATERNITY,"
                        + (twist.equals("overlong-string") ? longString(5000) : "\u0000\u001b")
                        + ",,CIVILIAN,,RECEIVED,,,,,,,,,x\r\n"));
            case "not-json" -> out.writeBytes(bytes(pick("", "\"unclosed,quote\r\n", "a,b\r\n1,2,3\r\n", "\r\n\r\n")));
            default ->
                out.writeBytes(bytes(header + "LEG-" + random.nextInt(1000) + ",2024-13-45,NOPE,NOWHERE,,x,QQQ,"
                        + "RECEIVED,,,,,,,,-1,x\r\n"));
        }
        return out.toByteArray();
    }

    private byte[] invalidUtf8() {
        return pick(
                new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE2, (byte) 0x82});
    }

    private String longString(int length) {
        StringBuilder text = new StringBuilder(length);
        String alphabet = "abcXYZ019 éΩ中\u0001\u007f\"\\/<&";
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
