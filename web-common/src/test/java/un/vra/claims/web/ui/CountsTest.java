package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primefaces.model.SortMeta;
import un.vra.claims.shared.Languages;
import un.vra.claims.shared.PageResult;

class CountsTest {

    /** "More than 10,000" in each language, spaces of every kind read as one. */
    private static final Map<String, String> MORE_THAN_THE_CAP = Map.of(
            "en", "more than 10,000",
            "fr", "plus de 10 000",
            "es", "más de 10.000",
            "ru", "более 10 000",
            "zh", "超过 10,000",
            "ar", "أكثر من 10,000");

    private static String shown(long count, String language) {
        return Counts.shown(
                        count,
                        Languages.locale(language),
                        ResourceBundle.getBundle("un.vra.claims.web.ui.messages", Languages.locale(language)))
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void aCountTheDatabaseStoppedAtTheCapIsShownAsMoreThanTheCap(String language) {
        assertEquals(MORE_THAN_THE_CAP.get(language), shown(PageResult.COUNT_CAP + 1L, language));
    }

    @Test
    void aCountUpToTheCapIsShownAsTheNumberInThePagesLanguage() {
        assertEquals("10,000", shown(PageResult.COUNT_CAP, "en"));
        assertEquals("10 000", shown(PageResult.COUNT_CAP, "fr"));
        assertEquals("3", shown(3, "ar"));
    }

    @Test
    void aPagedTableKeepsItsCappedTotalForThePageWhileThePaginatorStopsAtTheCap() {
        PagedModel<String> capped = PagedModel.of(
                request -> new PageResult<>(
                        PageResult.COUNT_CAP, request.page(), request.size(), List.of("a"), true, null),
                row -> row);
        capped.load(0, 25, Map.<String, SortMeta>of(), Map.of());
        assertEquals(PageResult.COUNT_CAP + 1L, capped.getTotal());
        assertEquals(PageResult.COUNT_CAP, capped.getRowCount());
        assertEquals("more than 10,000", shown(capped.getTotal(), "en"));

        PagedModel<String> small =
                PagedModel.of(request -> new PageResult<>(1, request.page(), request.size(), List.of("a")), row -> row);
        assertEquals(1, small.count(Map.of()));
        assertEquals(1, small.getTotal());
    }
}
