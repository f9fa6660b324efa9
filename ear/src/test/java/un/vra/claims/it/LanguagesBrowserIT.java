package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.InboxPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

/**
 * The six languages as a person meets them: the language switcher on every page overrides the browser's language
 * for the rest of the session, an account's own language is the one its pages open in when the browser asks for
 * none of the six, and Arabic runs right to left. Screenshots of the register, a claim file and the portal's inbox
 * in Arabic and Chinese are saved under {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesBrowserIT {

    /** What each language calls the pages' headings and labels checked here. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "ar",
            Map.of(
                    "register", "سجل المطالبات",
                    "claim", "المطالبة",
                    "timeline", "التسلسل الزمني",
                    "memberState", "الدولة العضو",
                    "nepal", "نيبال (NPL)",
                    "landing", "في انتظار دولتكم",
                    "inbox", "البريد الوارد",
                    "notified", "أُخطرت دولتكم بمطالبة جديدة.",
                    "signIn", "تسجيل الدخول"),
            "zh",
            Map.of(
                    "register", "申诉登记册",
                    "claim", "申诉",
                    "timeline", "时间线",
                    "memberState", "会员国",
                    "nepal", "尼泊尔 (NPL)",
                    "landing", "等待贵国处理",
                    "inbox", "收件箱",
                    "notified", "已向贵国通知一项新申诉。",
                    "signIn", "登录"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String notifiedClaim() {
        return ApiClient.as("vra.officer").notified(ClaimLifecycleIT.FULL_CLAIM, "NV-L");
    }

    @Test
    void anOfficerSwitchesTheBackOfficeToArabicAndChineseAndTheRegisterAndClaimFollow() {
        String reference = notifiedClaim();
        try (Browser browser = new Browser()) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            RegisterPage register = RegisterPage.shown(browser);
            assertEquals("en", register.language());
            for (String language : List.of("ar", "zh")) {
                Map<String, String> texts = TEXTS.get(language);
                register.switchLanguage(language);
                register = RegisterPage.shown(browser);
                assertEquals(language.equals("ar") ? "rtl" : "ltr", register.direction());
                assertEquals(texts.get("register"), register.heading());
                assertTrue(register.shows(texts.get("memberState")), register.text());
                assertFalse(register.shows("Member State"), "no English left on the " + language + " register");
                assertTrue(browser.isWhole(), "the register lies whole in the window: " + browser.outsideTheWindow());
                register.screenshot("register-" + language);

                ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, reference);
                assertEquals(language, file.language(), "the choice holds on the next page");
                assertEquals(texts.get("claim") + " " + reference, file.heading());
                assertTrue(file.shows(texts.get("timeline")), file.text());
                assertFalse(
                        file.text().matches("(?s).*\\b[A-Z]{2,}_[A-Z_]{2,}\\b.*"), "an enum constant: " + file.text());
                assertFalse(file.shows("Notify the Member State"), "no English left on the " + language + " claim");
                assertEquals(texts.get("nepal"), file.memberState(), "the State named in the page's language");
                file.screenshot("claim-" + language);
                browser.open("/claims/");
                register = RegisterPage.shown(browser);
            }
        }
    }

    @Test
    void aFocalPointReadsThePortalInArabicAndChineseFromTheSignInPageOn() {
        String reference = notifiedClaim();
        try (Browser browser = new Browser("en")) {
            SignInPage signIn = SignInPage.open(browser, Page.PORTAL);
            signIn.switchLanguage("ar");
            assertEquals("rtl", signIn.direction());
            assertEquals(TEXTS.get("ar").get("signIn"), signIn.heading());
            signIn.screenshot("sign-in-ar");
            signIn.signIn("focal.npl");
            for (String language : List.of("ar", "zh")) {
                Map<String, String> texts = TEXTS.get(language);
                browser.open("/portal/");
                PortalHomePage home = PortalHomePage.shown(browser);
                if (!language.equals(home.language())) {
                    home.switchLanguage(language);
                    home = PortalHomePage.shown(browser);
                }
                assertEquals(language.equals("ar") ? "rtl" : "ltr", home.direction());
                assertEquals(texts.get("landing"), home.heading());
                home.screenshot("portal-landing-" + language);

                InboxPage inbox = InboxPage.open(browser);
                assertEquals(texts.get("inbox"), inbox.heading());
                assertTrue(inbox.message(reference).contains(texts.get("notified")), inbox.message(reference));
                inbox.screenshot("portal-inbox-" + language);

                ClaimFilePage file = ClaimFilePage.open(browser, Page.PORTAL, reference);
                assertEquals(texts.get("claim") + " " + reference, file.heading());
                assertTrue(file.shows(texts.get("timeline")), file.text());
                assertFalse(
                        file.text().matches("(?s).*\\b[A-Z]{2,}_[A-Z_]{2,}\\b.*"), "an enum constant: " + file.text());
                assertEquals(texts.get("nepal"), file.memberState(), "the State named in the page's language");
                file.screenshot("portal-claim-" + language);
            }
        }
    }

    @Test
    void anAccountsOwnLanguageIsTheOneItsPagesOpenInWhenTheBrowserAsksForNoneOfTheSix() {
        ApiClient focal = ApiClient.as("focal.npl");
        jakarta.json.JsonObject before = focal.get("/claims/api/account/mail").json();
        try {
            focal.send(
                    "PUT",
                    "/claims/api/account/mail",
                    "{\"language\":\"zh\",\"weeklyDigest\":" + before.getBoolean("weeklyDigest") + "}",
                    "application/json",
                    null);
            try (Browser browser = new Browser("pt")) {
                SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
                PortalHomePage home = PortalHomePage.shown(browser);
                assertEquals("zh", home.language());
                assertEquals(TEXTS.get("zh").get("landing"), home.heading());
                home.switchLanguage("ru");
                assertEquals("Ожидают действий вашего государства", home.heading());
            }
        } finally {
            focal.send(
                    "PUT",
                    "/claims/api/account/mail",
                    "{" + (before.containsKey("email") ? "\"email\":\"" + before.getString("email") + "\"," : "")
                            + "\"language\":\"" + before.getString("language") + "\",\"weeklyDigest\":"
                            + before.getBoolean("weeklyDigest") + "}",
                    "application/json",
                    null);
        }
    }
}
