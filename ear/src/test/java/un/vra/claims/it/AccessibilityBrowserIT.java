package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page of either module, in English and in Arabic (right to left, chosen with the switcher's parameter, since an
 * account's own language outranks the browser's), shows its heading and the labels a person reads first exactly as
 * messages*.properties word them, no missing key ({@code ???}), no enumeration's constant, no label or column title
 * without a text (an action column names itself with an {@code aria-label}), and axe-core (WCAG 2.1 A and AA rules)
 * finds no serious or critical violation on it. Each role's pages are opened one after the other, in a window 1,280
 * pixels wide, and each is saved as {@code target/screenshots/page-<module>-<page>-<language>.png}, to be looked at
 * when a page changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    /** The heading of the page that a protected view answers when opened by its address alone. */
    private static final Map<String, String> FORBIDDEN = Map.of("en", "Not available to you", "ar", "غير متاح لك");

    /**
     * What a person reads on a page besides its text: headings, labels, column titles, terms, buttons, notices and the
     * module's name in the top bar.
     */
    private static final String READ = "h2, h3, label, th, dt, legend, button, .ui-button, .notice, .hint, .module";

    /** An enumeration's constant, shown where its label should be. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");

    /** A page's heading and some of the texts that a person reads on it, in one language. */
    private record PageTexts(String heading, List<String> labels) {

        /**
         * The texts of a table of one line a page and language: the page's name, the language, its heading, then the
         * texts, parted by " | ". Returns them by page, then by language.
         */
        static Map<String, Map<String, PageTexts>> table(String lines) {
            Map<String, Map<String, PageTexts>> texts = new HashMap<>();
            for (String line : lines.lines().toList()) {
                List<String> cells = List.of(line.split(" \\| "));
                texts.computeIfAbsent(cells.get(0), page -> new HashMap<>())
                        .put(cells.get(1), new PageTexts(cells.get(2), cells.subList(3, cells.size())));
            }
            return texts;
        }
    }

    /**
     * What each page shows in English and in Arabic, as messages*.properties say it, by the page's name: a page of
     * web-common (signing in, a claim's file, the inbox, the account's mails) reads alike in either module. A State's
     * name is the reference data's, which hold it in English only. The officer's tokens page shows only why it offers
     * no token (the account has no second factor), so the module's name stands for its second text.
     */
    private static final Map<String, Map<String, PageTexts>> TEXTS = PageTexts.table("""
            sign-in | en | Sign in | User name | Password
            sign-in | ar | تسجيل الدخول | اسم المستخدم | كلمة المرور
            public | en | Paternity and child-support claims: published figures | Published figures | Claims received by the United Nations for children born of sexual exploitation and abuse by UN personnel, per year received, as published. Beside each published count stands today's recomputation of the same day wherever it changed.
            public | ar | مطالبات إثبات الأبوة ونفقة الطفل: الأرقام المنشورة | الأرقام المنشورة | المطالبات التي تلقتها الأمم المتحدة لصالح أطفال وُلدوا نتيجة الاستغلال والانتهاك الجنسيين من جانب أفراد الأمم المتحدة، حسب سنة الاستلام، كما نُشرت. وإلى جانب كل رقم منشور يرد إعادة حساب اليوم لنفس التاريخ حيثما تغير.
            register | en | Claim register | Reference or allegation | Status | Reference | Received
            register | ar | سجل المطالبات | الرقم المرجعي أو الادعاء | الحالة | الرقم المرجعي | تاريخ الاستلام
            claim | en | Claim | Actions | Timeline | Action
            claim | ar | المطالبة | الإجراءات | التسلسل الزمني | الإجراء
            contacts | en | Contacts and consents | Contacts with the claimant | Consents given and withdrawn | Channel
            contacts | ar | الاتصالات والموافقات | الاتصالات مع صاحبة المطالبة | الموافقات الممنوحة والمسحوبة | الوسيلة
            new-claim | en | Register a claim | The claim | Received | Alleged father
            new-claim | ar | تسجيل مطالبة | المطالبة | تاريخ الاستلام | الأب المزعوم
            inbox | en | Inbox | Unread only | Message
            inbox | ar | البريد الوارد | غير المقروءة فقط | الرسالة
            dashboard | en | Claims dashboard | As of | Children coming of age in the next 24 months
            dashboard | ar | لوحة معلومات المطالبات | في تاريخ | الأطفال الذين يبلغون سن الرشد في الأشهر الأربعة والعشرين المقبلة
            password | en | Change your password | Current password | New password
            password | ar | تغيير كلمة المرور | كلمة المرور الحالية | كلمة المرور الجديدة
            tokens | en | Personal API tokens | Victims' Rights Advocate | This account signs in to the API with its password: personal tokens are for accounts with a second factor.
            tokens | ar | رموز الواجهة البرمجية الشخصية | المدافع عن حقوق الضحايا | يسجل هذا الحساب الدخول إلى الواجهة البرمجية بكلمة مروره: الرموز الشخصية مخصصة للحسابات ذات العامل الثاني.
            mail | en | Reminder mails | E-mail address | Your language (pages and mails)
            mail | ar | رسائل التذكير | عنوان البريد الإلكتروني | لغتك (الصفحات والرسائل)
            ratings | en | Responsiveness of every State | As of | States per rating | State
            ratings | ar | مدى استجابة كل دولة | في تاريخ | الدول حسب التقييم | الدولة
            cohorts | en | Time to resolution by year received | Grouped by | Group | Median months to resolution
            cohorts | ar | الوقت اللازم للتسوية حسب سنة الاستلام | مجمعة حسب | المجموعة | وسيط عدد الأشهر حتى التسوية
            money-report | en | Money report: support, withheld reimbursements and Trust Fund | Support per State, mission and currency | Trust Fund interim assistance | Currency
            money-report | ar | التقرير المالي: نفقة الأطفال والمبالغ المستردة المحتجزة والصندوق الاستئماني | نفقة الأطفال حسب الدولة والبعثة والعملة | المساعدة المؤقتة من الصندوق الاستئماني | العملة
            withheld | en | Withheld reimbursements | Ledger per State and currency | Amounts withheld | Withhold an amount
            withheld | ar | المبالغ المحتجزة من التسديدات | دفتر الأستاذ حسب الدولة والعملة | المبالغ المحتجزة | احتجاز مبلغ
            focal-points | en | Focal points | Designate a focal point | User name | Hand a State over
            focal-points | ar | جهات التنسيق | تعيين جهة تنسيق | اسم المستخدم | تسليم دولة
            accounts | en | Accounts | Create an account | Role
            accounts | ar | الحسابات | إنشاء حساب | الدور
            import | en | Import a legacy register | Choose a CSV file | Upload a CSV export of the old register. It is checked first and nothing is stored; if it has no problems you can import it, all at once. Importing the same file twice changes nothing.
            import | ar | استيراد سجل سابق | اختيار ملف CSV | حمّل ملف تصدير CSV من السجل القديم. يُفحص أولا ولا يُحفظ شيء؛ وإذا لم تكن فيه مشاكل، يمكنك استيراده دفعة واحدة. ولا يغير استيراد الملف نفسه مرتين أي شيء.
            mail-addresses | en | Mail addresses | Permanent Missions | Mission's address | Focal points and deputies
            mail-addresses | ar | عناوين البريد | البعثات الدائمة | عنوان البعثة | جهات التنسيق ونوابها
            outbox | en | Mail outbox | Status | To
            outbox | ar | صندوق البريد الصادر | الحالة | إلى
            publications | en | Publish the public figures | Title | Publications | Figures as of
            publications | ar | نشر الأرقام العامة | العنوان | المنشورات | الأرقام في تاريخ
            state-law | en | Registry of national law — Nepal | Member State | Change the entry | History of changes
            state-law | ar | سجل القوانين الوطنية — نيبال | الدولة العضو | تعديل القيد | سجل التعديلات
            landing | en | Waiting for your State | Claims waiting for your State's action, newest notifications first | Reference
            landing | ar | في انتظار دولتكم | المطالبات التي تنتظر إجراء من دولتكم، بدءا بأحدث الإخطارات | الرقم المرجعي
            claims | en | Claims of your State | Reference or allegation | Reference
            claims | ar | المطالبات المتعلقة بدولتكم | الرقم المرجعي أو الادعاء | الرقم المرجعي
            law | en | Your State's national law | DNA evidence admissible | Enforcement of foreign support orders
            law | ar | القانون الوطني لدولتكم | مقبولية أدلة الحمض النووي | تنفيذ أحكام النفقة الأجنبية
            ledger | en | Reimbursements withheld from your State | Currency | Balance
            ledger | ar | المبالغ المحتجزة من التسديدات المستحقة لدولتكم | العملة | الرصيد
            """);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String notifiedClaim() {
        return ApiClient.as("vra.officer").notified(ClaimLifecycleIT.FULL_CLAIM, "NV-A");
    }

    /** What Faces says of a required field left empty, in the reader's language (messages.properties). */
    private static final Map<String, String> REQUIRED = Map.of("en", "a value is required", "ar", "يجب إدخال قيمة");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyPageShowsItsTextsInTheLanguageWithoutASeriousOrCriticalViolation(String language) {
        String reference = notifiedClaim();
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(language)) {
            Walk walk = new Walk(browser, language, found);
            walk.open("/claims/sign-in.xhtml?lang=" + language, "sign-in");
            walk.open("/claims/public/", "public");
            browser.signIn("claims", "vra.officer");
            walk.open("/claims/", "register");
            walk.open("/claims/claim.xhtml?reference=" + reference, "claim", reference);
            walk.open("/claims/contacts.xhtml?reference=" + reference, "contacts", reference);
            walk.open("/claims/register.xhtml", "new-claim");
            walk.open("/claims/inbox.xhtml", "inbox");
            walk.open("/claims/dashboard.xhtml", "dashboard");
            walk.open("/claims/account/password.xhtml", "password");
            walk.open("/claims/account/tokens.xhtml", "tokens");
            walk.open("/claims/account/mail.xhtml", "mail");
            walk.open("/claims/ratings.xhtml", "ratings");
            walk.open("/claims/cohorts.xhtml", "cohorts");
            walk.open("/claims/money-report.xhtml", "money-report");
            walk.open("/claims/withheld.xhtml", "withheld");
        }
        try (Browser browser = new Browser(language)) {
            Walk walk = new Walk(browser, language, found);
            browser.open("/claims/sign-in.xhtml?lang=" + language);
            browser.signIn("claims", "vra.admin");
            for (String page :
                    List.of("focal-points", "accounts", "import", "mail-addresses", "outbox", "publications")) {
                openFromMenu(browser, "nav-" + page, language);
                walk.check(page);
            }
            // What a page turns into: a refused form lists its messages, a confirmation opens over the page.
            openFromMenu(browser, "nav-focal-points", language);
            browser.click(By.id("designate:submit"));
            browser.waitFor(By.cssSelector("#messages li"));
            String refusal = browser.text(By.id("messages"));
            assertTrue(
                    refusal.contains(REQUIRED.get(language)), "a required field in the reader's language: " + refusal);
            assertFalse(refusal.contains("Validation Error"), "Faces' English left on the page: " + refusal);
            walk.check("focal-points", "refused");
            browser.click(By.cssSelector("#focal-points\\:table tbody button"));
            browser.waitForFocus(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
            walk.check("focal-points", "confirming");
            walk.open("/claims/state-law.xhtml?memberState=NPL", "state-law");
        }
        try (Browser browser = new Browser(language)) {
            Walk walk = new Walk(browser, language, found);
            walk.open("/portal/sign-in.xhtml?lang=" + language, "sign-in");
            browser.signIn("portal", "focal.npl");
            walk.open("/portal/", "landing");
            walk.open("/portal/claims.xhtml", "claims");
            walk.open("/portal/inbox.xhtml", "inbox");
            walk.open("/portal/claim.xhtml?reference=" + reference, "claim", reference);
            walk.open("/portal/account/mail.xhtml", "mail");
            walk.open("/portal/law.xhtml", "law");
            walk.open("/portal/ledger.xhtml", "ledger");
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /**
     * Opens an administration's page through the menu's link, as a person does: the pages are protected views, opened
     * by their address alone they answer "not available", the menu's links carry the view's token.
     */
    private static void openFromMenu(Browser browser, String entry, String language) {
        browser.open("/claims/");
        String path = URI.create(browser.attribute(By.id(entry), "href")).getPath();
        browser.click(By.id(entry));
        browser.waitForUrl(path, entry);
        assertNotEquals(FORBIDDEN.get(language), browser.text(By.tagName("h1")), entry + " reached its page");
    }

    /**
     * One person's walk through the pages in one language, that checks each page it is shown and notes what is wrong
     * there: a serious or critical violation, a page wider than its 1,280-pixel window, a heading or label other than the one expected, a key or a constant
     * shown instead of a text, a label or column title without one.
     */
    private static final class Walk {

        private final Browser browser;
        private final String language;
        private final List<String> found;

        Walk(Browser browser, String language, List<String> found) {
            this.browser = browser;
            this.language = language;
            this.found = found;
            browser.width(1280);
        }

        /** Opens a page by its address and checks it. */
        void open(String path, String page) {
            visit(path, page, "");
        }

        /** Opens a page about a claim, whose heading ends with the claim's reference, and checks it. */
        void open(String path, String page, String reference) {
            visit(path, page, " " + reference);
        }

        private void visit(String path, String page, String headingEnd) {
            browser.open(path);
            browser.waitFor(By.tagName("h1"));
            check(page, page, headingEnd);
        }

        /** Checks the page as shown, as a person reached it. */
        void check(String page) {
            check(page, page, "");
        }

        /** Checks the page as an action turned it ("refused", "confirming"). */
        void check(String page, String state) {
            check(page, page + "-" + state, "");
        }

        /**
         * Checks the page shown, whose texts are those of {@code page} and whose screenshot is named after its module
         * (the address's first part), {@code view} (the page's name, with the state an action turned it into) and the
         * language.
         */
        private void check(String page, String view, String headingEnd) {
            String shot = URI.create(browser.currentUrl()).getPath().split("/")[1] + "-" + view;
            browser.screenshot("page-" + shot + "-" + language);
            assertEquals(language, browser.attribute(By.tagName("html"), "lang"), shot);
            if (!browser.isWhole()) {
                note(shot, "wider than a 1,280-pixel window: " + browser.outsideTheWindow());
            }
            for (String violation : browser.accessibilityViolations()) {
                note(shot, violation);
            }
            PageTexts expected = TEXTS.getOrDefault(page, Map.of()).get(language);
            List<String> shown = browser.shownTexts(READ);
            if (expected == null) {
                note(shot, "no texts to expect");
            } else {
                String heading = browser.text(By.tagName("h1"));
                if (!heading.equals(expected.heading() + headingEnd)) {
                    note(shot, "the heading is \"" + heading + "\", not \"" + expected.heading() + headingEnd + "\"");
                }
                for (String label : expected.labels()) {
                    if (!shown.contains(label)) {
                        note(shot, "no \"" + label + "\" among " + shown);
                    }
                }
            }
            String text = browser.pageText();
            if (text.contains("???")) {
                note(shot, "a missing key (???) in " + text);
            }
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                note(shot, "a constant shown: " + constant.group());
            }
            for (String untitled : browser.untitledLabelsAndColumns()) {
                note(shot, "no text for " + untitled);
            }
        }

        private void note(String shot, String problem) {
            found.add(language + " " + shot + ": " + problem);
        }
    }
}
