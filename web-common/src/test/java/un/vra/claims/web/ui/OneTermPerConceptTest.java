package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import un.vra.claims.claim.Sex;

/**
 * A concept has one name in each language, on every page, in every mail and note verbale: the claim is the term most
 * of each language's pages used when the screenshots were reviewed ("demande" 68 times against 17 "réclamation",
 * "solicitud" 78 against 5 "reclamación", "заявление" 71 against one "иск", three "требование" and one "претензия",
 * "申诉" 92 against 4 "索赔", "مطالبة" throughout), the claimant "plaignante" (11 against 3 "requérante"), her children
 * "hijos" and "子女". An HTTP request has a word of its own ("requête", "petición"), and the best interests of the
 * child, the principle of the Convention on the Rights of the Child, keeps the word for children in general ("interés
 * superior del niño", "儿童的最大利益").
 */
class OneTermPerConceptTest {

    /** The principle of the Convention, which names children in general: the only place the general word stands. */
    private static final String BEST_INTERESTS = "choice.NOT_IN_BEST_INTERESTS";

    static Stream<Arguments> otherNamesOfTheClaimAndItsChildren() {
        return Stream.of(
                Arguments.of("fr", Pattern.compile("(?i)réclamation")),
                Arguments.of("fr", Pattern.compile("(?i)requérante")),
                Arguments.of("es", Pattern.compile("(?i)reclamaci[oó]n")),
                Arguments.of("es", Pattern.compile("(?i)\\bniñ[oa]s?\\b")),
                Arguments.of("ru", Pattern.compile("(?iU)\\b(иск(?!люч)|требовани|претензи)\\w*")),
                Arguments.of("zh", Pattern.compile("索赔|儿童|财务报告")),
                Arguments.of("ar", Pattern.compile("شكو|دعو[ىا]")));
    }

    @ParameterizedTest
    @MethodSource("otherNamesOfTheClaimAndItsChildren")
    void theClaimTheClaimantAndHerChildrenHaveOneNameInEachLanguage(String language, Pattern otherName) {
        List<String> found = Texts.of(language).entrySet().stream()
                .filter(text -> !text.getKey().equals("messages:" + BEST_INTERESTS))
                .filter(text -> otherName.matcher(text.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();
        assertTrue(found.isEmpty(), language + " names it otherwise in " + found);
    }

    @Test
    void theClaimIsNamedByTheTermEachLanguageUsesMost() {
        Map<String, String> terms =
                Map.of("fr", "Type de demande", "es", "Tipo de solicitud", "ru", "Вид заявления", "zh", "申诉类型");
        terms.forEach((language, claimType) ->
                assertEquals(claimType, Texts.pages(language).get("dashboard.claimType"), language));
        assertTrue(Texts.pages("ar").get("dashboard.claimType").contains("المطالبة"));
    }

    /**
     * An HTTP request is not a claim: French and Spanish name it "requête" and "petición", so that "the request is
     * not valid" never reads as "the claim is not valid".
     */
    @Test
    void aRequestIsNeverNamedAsTheClaimInFrenchOrSpanish() {
        Map<String, String> english = Texts.pages("");
        Map<String, Pattern> claim =
                Map.of("fr", Pattern.compile("(?i)\\bdemandes?\\b"), "es", Pattern.compile("(?i)\\bsolicitud(es)?\\b"));
        claim.forEach((language, claimWord) -> {
            Map<String, String> texts = Texts.pages(language);
            List<String> found = english.entrySet().stream()
                    .filter(text -> text.getValue().matches("(?is).*\\brequest\\b.*")
                            && !text.getValue().matches("(?is).*\\bclaims?\\b.*"))
                    .map(Map.Entry::getKey)
                    .filter(key -> claimWord.matcher(texts.get(key)).find())
                    .toList();
            assertTrue(found.isEmpty(), language + " names a request as a claim in " + found);
        });
    }

    @Test
    void theMoneyReportHasOneNameInChineseInTheMenuAndOnItsPage() {
        Map<String, String> chinese = Texts.pages("zh");
        assertTrue(
                chinese.get("moneyReport.title").startsWith(chinese.get("nav.moneyReport") + "："),
                chinese.get("nav.moneyReport") + " / " + chinese.get("moneyReport.title"));
    }

    /** "Publish" is an action and "Publications" the list of what was published: Chinese says them apart. */
    @Test
    void chinesePublishesWithOneWordAndListsThePublicationsWithAnother() {
        Map<String, String> chinese = Texts.pages("zh");
        assertEquals("发布", chinese.get("publications.publish"));
        assertNotEquals(chinese.get("publications.publish"), chinese.get("publications.list"));
        assertNotEquals(chinese.get("publications.publish"), chinese.get("publications.menu"));
        assertTrue(
                chinese.values().stream().noneMatch(text -> text.contains("公布")),
                "one verb for publishing, 发布, not also 公布");
    }

    /**
     * A child of the claim file reads as a child ("(2023, девочка)"), not as a form's choice of sex ("(2023,
     * Женский)"), which the register page keeps under its label "Пол".
     */
    @Test
    void aChildsSexReadsAsAChildInEachLanguage() {
        Map<String, String> children = Map.of("ru", "девочка", "es", "hija", "fr", "fille", "en", "girl");
        children.forEach((language, girl) -> {
            Map<String, String> pages = Texts.pages(language.equals("en") ? "" : language);
            assertEquals(girl, pages.get("childSex." + Sex.FEMALE), language);
            assertNotEquals(pages.get("sex." + Sex.MALE), pages.get("childSex." + Sex.MALE), language);
        });
    }
}
