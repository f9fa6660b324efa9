package un.vra.claims.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

class MissionContactListTest {

    /** In the database's order: by English name. */
    private static final List<MissionContact> STATES = List.of(
            new MissionContact("AFG", "Afghanistan", null, "en"),
            new MissionContact("DZA", "Algeria", null, "fr"),
            new MissionContact("EGY", "Egypt", null, "ar"),
            new MissionContact("DEU", "Germany", "de@example.org", "en"),
            new MissionContact("ESP", "Spain", null, "es"),
            new MissionContact("SWE", "Sweden", null, "en"));

    private static List<String> codes(PageResult<MissionContact> page) {
        return page.items().stream().map(MissionContact::code).toList();
    }

    @Test
    void theStatesAreListedByTheirNamesAsThePagesLanguageWritesAndSortsThem() {
        PageRequest all = new PageRequest(0, 25);
        assertEquals(
                List.of("AFG", "DZA", "EGY", "DEU", "ESP", "SWE"),
                codes(MissionContactList.page(STATES, null, "en", all)));
        // Afghanistan, Algérie, Allemagne, Égypte (É with the E's, not after Z), Espagne, Suède.
        assertEquals(
                List.of("AFG", "DZA", "DEU", "EGY", "ESP", "SWE"),
                codes(MissionContactList.page(STATES, null, "fr", all)));
        // Afganistán, Alemania, Argelia, Egipto, España, Suecia.
        assertEquals(
                List.of("AFG", "DEU", "DZA", "EGY", "ESP", "SWE"),
                codes(MissionContactList.page(STATES, null, "es", all)));
        // Алжир, Афганистан, Германия, Египет, Испания, Швеция.
        assertEquals(
                List.of("DZA", "AFG", "DEU", "EGY", "ESP", "SWE"),
                codes(MissionContactList.page(STATES, null, "ru", all)));
        // إسبانيا، أفغانستان، ألمانيا، الجزائر، السويد، مصر
        assertEquals(
                List.of("ESP", "AFG", "DEU", "DZA", "SWE", "EGY"),
                codes(MissionContactList.page(STATES, null, "ar", all)));
    }

    @Test
    void aPageIsCutFromTheSortedListAndCountsEveryStateThatPassesTheFilter() {
        PageResult<MissionContact> second = MissionContactList.page(STATES, null, "fr", new PageRequest(1, 4));
        assertEquals(6, second.total());
        assertEquals(List.of("ESP", "SWE"), codes(second));
        assertEquals(List.of(), codes(MissionContactList.page(STATES, null, "fr", new PageRequest(2, 4))));
    }

    @Test
    void theFilterFindsAStateByItsCodeItsEnglishNameOrItsNameInThePagesLanguage() {
        PageRequest all = new PageRequest(0, 25);
        assertEquals(List.of("DEU"), codes(MissionContactList.page(STATES, "allemagne", "fr", all)));
        assertEquals(List.of("DEU"), codes(MissionContactList.page(STATES, "GERMANY", "fr", all)));
        assertEquals(List.of("DEU"), codes(MissionContactList.page(STATES, " deu ", "fr", all)));
        assertEquals(List.of("DEU"), codes(MissionContactList.page(STATES, "герм", "ru", all)));
    }
}
