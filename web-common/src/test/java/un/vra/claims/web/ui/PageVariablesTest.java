package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page of either web module names a variable after an EL implicit object. Such a name loses to the
 * implicit object in some attributes: a dashboard column variable named {@code header} printed the request's
 * headers, the session cookie included, as the tables' column titles.
 */
class PageVariablesTest {

    static final Set<String> IMPLICIT_OBJECTS = Set.of(
            "header",
            "headerValues",
            "param",
            "paramValues",
            "cookie",
            "request",
            "session",
            "view",
            "viewScope",
            "application",
            "applicationScope",
            "sessionScope",
            "requestScope",
            "flash",
            "resource",
            "initParam",
            "facesContext",
            "component",
            "cc",
            "pageContext",
            "pageScope");

    /** {@code var="x"}, {@code varStatus="x"}, {@code columnIndexVar="x"}..., and {@code <ui:param name="x">}. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:var|varStatus|[a-zA-Z]+Var)\\s*=\\s*\"([^\"]*)\"|<ui:param\\s+name\\s*=\\s*\"([^\"]*)\"");

    private static final List<Path> PAGE_FOLDERS = List.of(
            Path.of("src/main/resources/META-INF/resources"),
            Path.of("../claims-web/src/main/webapp"),
            Path.of("../member-state-portal/src/main/webapp"));

    @Test
    void noPageNamesAVariableAfterAnImplicitObject() {
        List<String> offences = new ArrayList<>();
        List<Path> pages = pages();
        for (Path page : pages) {
            Matcher declared = DECLARATION.matcher(read(page));
            while (declared.find()) {
                String name = declared.group(1) != null ? declared.group(1) : declared.group(2);
                if (IMPLICIT_OBJECTS.contains(name)) {
                    offences.add(page + ": " + declared.group());
                }
            }
        }
        assertTrue(pages.size() > 10, "the pages of both web modules were read: " + pages);
        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckRecognisesTheDeclarationThatLeakedTheHeaders() {
        Matcher declared =
                DECLARATION.matcher("<p:columns value=\"#{table.headers}\" var=\"header\" columnIndexVar=\"column\">");
        assertTrue(declared.find());
        assertTrue(IMPLICIT_OBJECTS.contains(declared.group(1)));
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>();
        for (Path folder : PAGE_FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.toString().endsWith(".xhtml")).forEach(pages::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
