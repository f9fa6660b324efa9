package un.vra.claims.web.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The texts a language's reader sees, read from the files as they are written: the pages' ({@code messages}), and the
 * mails' and notes verbales' of the EJB module, by key, each file's keys prefixed with its name.
 */
final class Texts {

    private static final List<Path> FILES = List.of(
            Path.of("src/main/resources/un/vra/claims/web/ui/messages"),
            Path.of("../claims-ejb/src/main/resources/un/vra/claims/reminder/mails"),
            Path.of("../claims-ejb/src/main/resources/un/vra/claims/noteverbale/notes"));

    private Texts() {}

    /** Every text of a language ({@code ""} for English), keyed "messages:claim.title", "mails:subject.REMINDER"... */
    static Map<String, String> of(String language) {
        Map<String, String> texts = new TreeMap<>();
        for (Path base : FILES) {
            Path file = base.resolveSibling(
                    base.getFileName() + (language.isEmpty() ? "" : "_" + language) + ".properties");
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.forEach((key, value) -> texts.put(base.getFileName() + ":" + key, (String) value));
        }
        return texts;
    }

    /** The pages' texts of a language only, by their own keys. */
    static Map<String, String> pages(String language) {
        Map<String, String> pages = new TreeMap<>();
        of(language).forEach((key, value) -> {
            if (key.startsWith("messages:")) {
                pages.put(key.substring("messages:".length()), value);
            }
        });
        return pages;
    }
}
