package un.vra.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document is written by hand: these tests hold it to the JAX-RS resource methods of this module,
 * found by reflection, so that an operation, a parameter or a body added to the code and not to the document
 * (or left in the document after the code dropped it) fails the build.
 */
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static final Map<String, Operation> CODE = operationsInCode();

    private static final Map<String, Object> DOCUMENT = document();

    @Test
    void theDocumentDescribesEveryResourceMethodAndNothingElse() {
        Set<String> documented = documentedOperations().keySet();
        Set<String> undocumented = new TreeSet<>(CODE.keySet());
        undocumented.removeAll(documented);
        Set<String> gone = new TreeSet<>(documented);
        gone.removeAll(CODE.keySet());
        assertTrue(
                undocumented.isEmpty() && gone.isEmpty(),
                "in the code, not in openapi.yaml: " + undocumented + "; in openapi.yaml, not in the code: " + gone);
    }

    @Test
    void eachOperationDocumentsTheParametersItReads() {
        Map<String, Map<String, Object>> documented = documentedOperations();
        for (Map.Entry<String, Operation> operation : CODE.entrySet()) {
            Optional<Map<String, Object>> described = Optional.ofNullable(documented.get(operation.getKey()));
            described.ifPresent(yaml -> {
                assertEquals(
                        operation.getValue().pathParameters(),
                        parameterNames(yaml, "path"),
                        operation.getKey() + ": path parameters");
                assertEquals(
                        operation.getValue().queryParameters(),
                        parameterNames(yaml, "query"),
                        operation.getKey() + ": query parameters");
            });
        }
    }

    @Test
    void eachOperationThatReadsABodyDocumentsIt() {
        Map<String, Map<String, Object>> documented = documentedOperations();
        CODE.forEach((name, operation) -> {
            if (operation.readsBody() && documented.containsKey(name)) {
                assertTrue(documented.get(name).containsKey("requestBody"), name + " reads a body: document it");
            }
        });
    }

    @Test
    void theScanFindsTheResourcesItMustCompare() {
        assertTrue(
                CODE.containsKey("POST /claims/{reference}/actions/{action}"),
                CODE.keySet().toString());
        assertTrue(CODE.containsKey("GET /focal-points"), CODE.keySet().toString());
        assertEquals(
                Set.of(
                        "status",
                        "memberState",
                        "mission",
                        "category",
                        "receivedFrom",
                        "receivedTo",
                        "q",
                        "ageBand",
                        "whoseTurn",
                        "overdue",
                        "majorityApproaching",
                        "sort",
                        "page",
                        "size",
                        "after"),
                CODE.get("GET /claims").queryParameters());
        assertFalse(CODE.get("GET /claims").readsBody());
        assertTrue(CODE.get("POST /focal-points").readsBody());
    }

    /** What one resource method answers to, and what it reads from the request. */
    private record Operation(Set<String> pathParameters, Set<String> queryParameters, boolean readsBody) {}

    private static Map<String, Operation> operationsInCode() {
        Map<String, Operation> operations = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            String base = template(resource.getAnnotation(Path.class));
            for (Method method : resource.getMethods()) {
                Optional<String> verb = httpMethod(method);
                if (verb.isPresent()) {
                    String path = join(base, template(method.getAnnotation(Path.class)));
                    operations.put(verb.get() + " " + path, operation(resource, method));
                }
            }
        }
        return operations;
    }

    private static Operation operation(Class<?> resource, Method method) {
        Set<String> path = new TreeSet<>();
        Set<String> query = new TreeSet<>();
        boolean body = false;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                path.add(parameter.getAnnotation(PathParam.class).value());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                query.add(parameter.getAnnotation(QueryParam.class).value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                Arrays.stream(parameter.getType().getDeclaredFields())
                        .filter(field -> field.isAnnotationPresent(QueryParam.class))
                        .map(field -> field.getAnnotation(QueryParam.class).value())
                        .forEach(query::add);
            } else {
                body = body || !isJaxRsInjected(parameter);
            }
        }
        Arrays.stream(resource.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(PathParam.class))
                .map((Field field) -> field.getAnnotation(PathParam.class).value())
                .forEach(path::add);
        return new Operation(path, query, body);
    }

    /** Every parameter a JAX-RS annotation fills (a header, the context...); what is left is the body. */
    private static boolean isJaxRsInjected(AnnotatedElement parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(type -> type.getPackageName().equals("jakarta.ws.rs")
                        || type.getPackageName().equals("jakarta.ws.rs.core"));
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static String template(Path path) {
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }

    private static String join(String base, String sub) {
        return "/" + Stream.of(base, sub).filter(part -> !part.isEmpty()).collect(Collectors.joining("/"));
    }

    /** The classes of this module's API package annotated with {@code @Path}, read from the compiled classes. */
    private static List<Class<?>> resourceClasses() {
        String pkg = ClaimsApi.class.getPackageName();
        try (Stream<java.nio.file.Path> files = Files.list(Paths.get(ClaimsApi.class
                        .getResource(ClaimsApi.class.getSimpleName() + ".class")
                        .toURI())
                .getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(pkg + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> document() {
        try (InputStream yaml = OpenApiResource.class.getResourceAsStream("openapi.yaml")) {
            return new Yaml().load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "GET /claims" and so on, each with its operation object as written. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> documentedOperations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) DOCUMENT.get("paths");
        paths.forEach((path, item) -> item.forEach((key, value) -> {
            if (HTTP_METHODS.contains(key)) {
                operations.put(key.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) value);
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> parameterNames(Map<String, Object> operation, String in) {
        List<Map<String, Object>> parameters =
                (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        return parameters.stream()
                .map(OpenApiDocumentTest::resolve)
                .filter(parameter -> in.equals(parameter.get("in")))
                .map(parameter -> (String) parameter.get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A parameter as written, or the one a {@code $ref: '#/components/parameters/...'} points to. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> parameter) {
        Object ref = parameter.get("$ref");
        if (ref == null) {
            return parameter;
        }
        Object found = DOCUMENT;
        for (String step : ((String) ref).substring(2).split("/")) {
            found = ((Map<String, Object>) found).get(step);
        }
        return (Map<String, Object>) found;
    }
}
