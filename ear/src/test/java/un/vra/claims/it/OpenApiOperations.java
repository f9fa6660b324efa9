package un.vra.claims.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of the API's OpenAPI document as the server publishes it, with every {@code $ref} resolved: what a
 * generator of requests needs to aim at each endpoint, its parameters and its body.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern ROLE = Pattern.compile("`(VRA_OFFICER|VRA_ADMIN|FOCAL_POINT|TASK_FORCE|AUDITOR)`");

    /** A parameter: {@code in} is {@code path}, {@code query} or {@code header}. */
    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    /**
     * An operation: its path under {@code /claims/api}, the roles its description names (the first is the caller
     * the generator signs in as), and its body's media type and schema, both null without a body.
     */
    record Operation(
            String method,
            String path,
            String id,
            List<String> roles,
            List<Parameter> parameters,
            String bodyType,
            Map<String, Object> bodySchema) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private final Map<String, Object> document;

    private OpenApiOperations(String yaml) {
        this.document = new Yaml().load(yaml);
    }

    static List<Operation> of(String yaml) {
        return new OpenApiOperations(yaml).operations();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(document.get("paths"))
                .forEach((path, item) -> map(item).forEach((method, value) -> {
                    if (!METHODS.contains(method)) {
                        return;
                    }
                    Map<String, Object> operation = map(value);
                    List<Parameter> parameters = new ArrayList<>();
                    for (Object parameter : list(operation.get("parameters"))) {
                        Map<String, Object> p = resolve(parameter);
                        parameters.add(new Parameter(
                                (String) p.get("name"),
                                (String) p.get("in"),
                                Boolean.TRUE.equals(p.get("required")),
                                resolve(p.getOrDefault("schema", Map.of()))));
                    }
                    String bodyType = null;
                    Map<String, Object> bodySchema = null;
                    if (operation.get("requestBody") != null) {
                        Map<String, Object> content =
                                map(resolve(operation.get("requestBody")).get("content"));
                        Map.Entry<String, Object> first =
                                content.entrySet().iterator().next();
                        bodyType = first.getKey();
                        bodySchema = resolve(map(first.getValue()).getOrDefault("schema", Map.of()));
                    }
                    List<String> roles = new ArrayList<>();
                    Matcher role = ROLE.matcher(String.valueOf(operation.getOrDefault("description", "")));
                    while (role.find()) {
                        if (!roles.contains(role.group(1))) {
                            roles.add(role.group(1));
                        }
                    }
                    operations.add(new Operation(
                            method.toUpperCase(java.util.Locale.ROOT),
                            path,
                            (String) operation.get("operationId"),
                            roles,
                            parameters,
                            bodyType,
                            bodySchema));
                }));
        return operations;
    }

    /** The object itself, or the one its {@code $ref} names, with the references inside it resolved too. */
    Map<String, Object> resolve(Object node) {
        Map<String, Object> object = map(node);
        if (object.containsKey("$ref")) {
            Object target = document;
            for (String part : ((String) object.get("$ref")).substring(2).split("/")) {
                target = map(target).get(part);
            }
            return resolve(target);
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            if (value instanceof Map<?, ?> && !"examples".equals(key) && !"example".equals(key)) {
                resolved.put(key, resolve(value));
            } else if (value instanceof List<?> items
                    && ("oneOf".equals(key) || "allOf".equals(key) || "anyOf".equals(key))) {
                resolved.put(key, items.stream().map(this::resolve).toList());
            } else {
                resolved.put(key, value);
            }
        });
        return resolved;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }
}
