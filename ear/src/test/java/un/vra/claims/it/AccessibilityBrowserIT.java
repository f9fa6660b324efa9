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
 * Every page of either module, in each of the six official languages (Arabic right to left), chosen with the switcher's
 * parameter since an account's own language outranks the browser's, shows its heading and the labels a person reads
 * first exactly as messages*.properties word them, no missing key ({@code ???}), no enumeration's constant, no label or
 * column title without a text (an action column names itself with an {@code aria-label}), no table wider than its box
 * (read by scrolling sideways), and axe-core (WCAG 2.1 A and
 * AA rules) finds no serious or critical violation on it. Each role's pages are opened one after the other, in a window
 * 1,280 pixels wide, and each is saved as {@code target/screenshots/page-<module>-<page>-<language>.png}, to be looked
 * at when a page changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    /** The heading of the page that a protected view answers when opened by its address alone. */
    private static final Map<String, String> FORBIDDEN = Map.of(
            "en", "Not available to you",
            "fr", "Accès non autorisé",
            "es", "No disponible para usted",
            "ru", "Недоступно для вас",
            "zh", "您无权访问",
            "ar", "غير متاح لك");

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
     * What each page shows in each language, as messages*.properties say it (so that no English is left on another
     * language's page), by the page's name: a page of web-common (signing in, a claim's file, the inbox, the account's
     * mails) reads alike in either module. A State's name is the language's own (CLDR's). The officer's tokens page
     * shows only why it offers no token (the account has no second factor), so the module's name stands for its second
     * text.
     */
    private static final Map<String, Map<String, PageTexts>> TEXTS = PageTexts.table("""
            sign-in | en | Sign in | User name | Password
            sign-in | ar | تسجيل الدخول | اسم المستخدم | كلمة المرور
            sign-in | fr | Connexion | Nom d'utilisateur | Mot de passe
            sign-in | es | Iniciar sesión | Nombre de usuario | Contraseña
            sign-in | ru | Вход | Имя пользователя | Пароль
            sign-in | zh | 登录 | 用户名 | 密码
            public | en | Paternity and child-support claims: published figures | Published figures | Claims received by the United Nations for children born of sexual exploitation and abuse by UN personnel, per year received, as published. Beside each published count stands today's recomputation of the same day wherever it changed.
            public | ar | مطالبات إثبات الأبوة ونفقة الطفل: الأرقام المنشورة | الأرقام المنشورة | المطالبات التي تلقتها الأمم المتحدة لصالح أطفال وُلدوا نتيجة الاستغلال والانتهاك الجنسيين من جانب أفراد الأمم المتحدة، حسب سنة الاستلام، كما نُشرت. وإلى جانب كل رقم منشور يرد إعادة حساب اليوم لنفس التاريخ حيثما تغير.
            public | fr | Demandes en reconnaissance de paternité et en pension alimentaire : chiffres publiés | Chiffres publiés | Demandes reçues par l'Organisation des Nations Unies pour des enfants nés d'exploitation et d'atteintes sexuelles commises par son personnel, par année de réception, telles que publiées. À côté de chaque chiffre publié figure, s'il a changé, le nouveau calcul d'aujourd'hui pour le même jour.
            public | es | Solicitudes de reconocimiento de paternidad y de pensión alimenticia: cifras publicadas | Cifras publicadas | Solicitudes recibidas por las Naciones Unidas en favor de hijos nacidos de la explotación y los abusos sexuales cometidos por personal de las Naciones Unidas, por año de recepción, tal como se publicaron. Junto a cada cifra publicada figura el nuevo cálculo de hoy para la misma fecha, cuando ha cambiado.
            public | ru | Заявления об установлении отцовства и о взыскании алиментов: опубликованные данные | Опубликованные данные | Заявления, полученные Организацией Объединённых Наций в интересах детей, родившихся в результате сексуальной эксплуатации и надругательств со стороны персонала ООН, по году получения, в опубликованном виде. Рядом с каждым опубликованным числом указан сегодняшний пересчёт на ту же дату, если он отличается.
            public | zh | 亲子关系和子女抚养费申诉：已发布的数字 | 已发布的数字 | 联合国收到的为联合国人员性剥削和性虐待所生子女提出的申诉，按收到年份分列，以发布时为准。凡有变化之处，每个已发布的数字旁边列出今天对同一日期的重新计算结果。
            register | en | Claim register | Reference or allegation | Status | Reference | Received
            register | ar | سجل المطالبات | الرقم المرجعي أو الادعاء | الحالة | الرقم المرجعي | تاريخ الاستلام
            register | fr | Registre des demandes | Référence ou allégation | Statut | Référence | Reçue le
            register | es | Registro de solicitudes | Referencia o denuncia | Estado de tramitación | Referencia | Recibida
            register | ru | Реестр заявлений | Номер или сообщение | Статус | Номер | Получено
            register | zh | 申诉登记册 | 编号或指控 | 状态 | 编号 | 收到日期
            claim | en | Claim | Actions | Timeline | Action
            claim | ar | المطالبة | الإجراءات | التسلسل الزمني | الإجراء
            claim | fr | Demande | Actions | Chronologie | Action
            claim | es | Solicitud | Acciones | Cronología | Acción
            claim | ru | Заявление | Действия | Хронология | Действие
            claim | zh | 申诉 | 操作 | 时间线 | 操作
            contacts | en | Contacts and consents | Contacts with the claimant | Consents given and withdrawn | Channel
            contacts | ar | الاتصالات والموافقات | الاتصالات مع صاحبة المطالبة | الموافقات الممنوحة والمسحوبة | الوسيلة
            contacts | fr | Contacts et consentements | Contacts avec la plaignante | Consentements donnés et retirés | Moyen
            contacts | es | Contactos y consentimientos | Contactos con la solicitante | Consentimientos otorgados y retirados | Medio
            contacts | ru | Контакты и согласия | Контакты с заявительницей | Предоставленные и отозванные согласия | Способ связи
            contacts | zh | 联系与同意 | 与申诉人的联系 | 已给予和已撤回的同意 | 方式
            new-claim | en | Register a claim | The claim | Received | Alleged father
            new-claim | ar | تسجيل مطالبة | المطالبة | تاريخ الاستلام | الأب المزعوم
            new-claim | fr | Enregistrer une demande | La demande | Reçue le | Père présumé
            new-claim | es | Registrar una solicitud | La solicitud | Recibida | Presunto padre
            new-claim | ru | Зарегистрировать заявление | Заявление | Получено | Предполагаемый отец
            new-claim | zh | 登记申诉 | 申诉 | 收到日期 | 被指称的父亲
            inbox | en | Inbox | Unread only | Message
            inbox | ar | البريد الوارد | غير المقروءة فقط | الرسالة
            inbox | fr | Messages | Non lus seulement | Message
            inbox | es | Bandeja de entrada | Solo no leídos | Mensaje
            inbox | ru | Входящие | Только непрочитанные | Сообщение
            inbox | zh | 收件箱 | 仅未读 | 消息
            dashboard | en | Claims dashboard | As of | Children coming of age in the next 24 months
            dashboard | ar | لوحة معلومات المطالبات | في تاريخ | الأطفال الذين يبلغون سن الرشد في الأشهر الأربعة والعشرين المقبلة
            dashboard | fr | Tableau de bord des demandes | À la date du | Enfants majeurs dans les 24 prochains mois
            dashboard | es | Panel de solicitudes | A fecha de | Hijos que alcanzan la mayoría de edad en los próximos 24 meses
            dashboard | ru | Сводная панель заявлений | По состоянию на | Дети, достигающие совершеннолетия в ближайшие 24 месяца
            dashboard | zh | 申诉仪表板 | 截至 | 今后 24 个月内成年的子女
            password | en | Change your password | Current password | New password
            password | ar | تغيير كلمة المرور | كلمة المرور الحالية | كلمة المرور الجديدة
            password | fr | Changer votre mot de passe | Mot de passe actuel | Nouveau mot de passe
            password | es | Cambiar la contraseña | Contraseña actual | Nueva contraseña
            password | ru | Смена пароля | Текущий пароль | Новый пароль
            password | zh | 更改密码 | 当前密码 | 新密码
            tokens | en | Personal API tokens | Victims' Rights Advocate | This account signs in to the API with its password: personal tokens are for accounts with a second factor.
            tokens | ar | رموز الواجهة البرمجية الشخصية | المدافع عن حقوق الضحايا | يسجل هذا الحساب الدخول إلى الواجهة البرمجية بكلمة مروره: الرموز الشخصية مخصصة للحسابات ذات العامل الثاني.
            tokens | fr | Jetons d'API personnels | Défenseure des droits des victimes | Ce compte se connecte à l'API avec son mot de passe : les jetons personnels sont destinés aux comptes avec un second facteur.
            tokens | es | Tokens personales de API | Defensor de los Derechos de las Víctimas | Esta cuenta accede a la API con su contraseña: los tokens personales son para las cuentas con segundo factor.
            tokens | ru | Личные токены API | Защитник прав потерпевших | Эта учётная запись входит в API по паролю: личные токены предназначены для учётных записей со вторым фактором.
            tokens | zh | 个人 API 令牌 | 受害者权利倡导员 | 此账户使用密码登录 API：个人令牌适用于设有第二重验证的账户。
            mail | en | Reminder mails | E-mail address | Your language (pages and mails)
            mail | ar | رسائل التذكير | عنوان البريد الإلكتروني | لغتك (الصفحات والرسائل)
            mail | fr | Courriels de rappel | Adresse électronique | Votre langue (pages et courriels)
            mail | es | Correos de recordatorio | Dirección de correo electrónico | Su idioma (páginas y correos)
            mail | ru | Письма-напоминания | Адрес электронной почты | Ваш язык (страницы и письма)
            mail | zh | 提醒邮件 | 电子邮件地址 | 您的语言（页面和邮件）
            ratings | en | Responsiveness of every State | As of | States per rating | State
            ratings | ar | مدى استجابة كل دولة | في تاريخ | الدول حسب التقييم | الدولة
            ratings | fr | Réactivité de chaque État | À la date du | États par note | État
            ratings | es | Capacidad de respuesta de cada Estado | A fecha de | Estados por calificación | Estado
            ratings | ru | Оперативность реагирования каждого государства | По состоянию на | Государства по рейтингу | Государство
            ratings | zh | 各国的响应情况 | 截至 | 各评级的国家数 | 国家
            cohorts | en | Time to resolution by year received | Grouped by | Group | Median months to resolution
            cohorts | ar | الوقت اللازم للتسوية حسب سنة الاستلام | مجمعة حسب | المجموعة | وسيط عدد الأشهر حتى التسوية
            cohorts | fr | Délai de résolution par année de réception | Regroupées par | Groupe | Mois médians jusqu'à la résolution
            cohorts | es | Tiempo hasta la resolución por año de recepción | Agrupadas por | Grupo | Mediana de meses hasta la resolución
            cohorts | ru | Срок урегулирования по году получения | Группировка | Группа | Медиана месяцев до урегулирования
            cohorts | zh | 按收到年份分列的解决所需时间 | 分组依据 | 组别 | 至解决的月数中位数
            money-report | en | Money report: support, withheld reimbursements and Trust Fund | Support per State, mission and currency | Trust Fund interim assistance | Currency
            money-report | ar | التقرير المالي: نفقة الأطفال والمبالغ المستردة المحتجزة والصندوق الاستئماني | نفقة الأطفال حسب الدولة والبعثة والعملة | المساعدة المؤقتة من الصندوق الاستئماني | العملة
            money-report | fr | Rapport financier : pensions alimentaires, remboursements retenus et Fonds d'affectation spéciale | Pensions alimentaires par État, mission et monnaie | Assistance provisoire du Fonds d'affectation spéciale | Monnaie
            money-report | es | Informe financiero: pensiones alimenticias, reembolsos retenidos y Fondo Fiduciario | Pensiones alimenticias por Estado, misión y moneda | Asistencia provisional del Fondo Fiduciario | Moneda
            money-report | ru | Финансовый отчёт: алименты, удержанные возмещения и Целевой фонд | Алименты по государствам, миссиям и валютам | Временная помощь из Целевого фонда | Валюта
            money-report | zh | 资金报告：子女抚养费、扣留的偿还款和信托基金 | 按国家、特派团和货币分列的子女抚养费 | 信托基金临时援助 | 币种
            withheld | en | Withheld reimbursements | Ledger per State and currency | Amounts withheld | Withhold an amount
            withheld | ar | المبالغ المحتجزة من التسديدات | دفتر الأستاذ حسب الدولة والعملة | المبالغ المحتجزة | احتجاز مبلغ
            withheld | fr | Remboursements retenus | Grand livre par État et par monnaie | Montants retenus | Retenir un montant
            withheld | es | Reembolsos retenidos | Libro mayor por Estado y moneda | Montos retenidos | Retener un monto
            withheld | ru | Удержанные возмещения | Книга учёта по государствам и валютам | Удержанные суммы | Удержать сумму
            withheld | zh | 扣留的偿还款 | 按国家和币种分列的分类账 | 扣留的款项 | 扣留一笔款项
            focal-points | en | Focal points | Designate a focal point | User name | Hand a State over
            focal-points | ar | جهات التنسيق | تعيين جهة تنسيق | اسم المستخدم | تسليم دولة
            focal-points | fr | Points focaux | Désigner un point focal | Nom d'utilisateur | Transférer un État
            focal-points | es | Coordinadores | Designar un coordinador | Nombre de usuario | Traspasar un Estado
            focal-points | ru | Координаторы | Назначить координатора | Имя пользователя | Передать государство
            focal-points | zh | 协调人 | 指定协调人 | 用户名 | 移交国家
            accounts | en | Accounts | Create an account | Role
            accounts | ar | الحسابات | إنشاء حساب | الدور
            accounts | fr | Comptes | Créer un compte | Rôle
            accounts | es | Cuentas | Crear una cuenta | Función
            accounts | ru | Учётные записи | Создать учётную запись | Роль
            accounts | zh | 账户 | 创建账户 | 角色
            import | en | Import a legacy register | Choose a CSV file | Upload a CSV export of the old register. It is checked first and nothing is stored; if it has no problems you can import it, all at once. Importing the same file twice changes nothing.
            import | ar | استيراد سجل سابق | اختيار ملف CSV | حمّل ملف تصدير CSV من السجل القديم. يُفحص أولا ولا يُحفظ شيء؛ وإذا لم تكن فيه مشاكل، يمكنك استيراده دفعة واحدة. ولا يغير استيراد الملف نفسه مرتين أي شيء.
            import | fr | Importer un ancien registre | Choisir un fichier CSV | Téléversez un export CSV de l'ancien registre. Il est d'abord vérifié sans rien enregistrer ; s'il ne présente aucun problème, vous pouvez l'importer en une seule fois. Importer deux fois le même fichier ne change rien.
            import | es | Importar un registro anterior | Elegir un archivo CSV | Cargue una exportación CSV del registro anterior. Primero se comprueba y no se guarda nada; si no presenta problemas, puede importarla de una sola vez. Importar dos veces el mismo archivo no cambia nada.
            import | ru | Импорт прежнего реестра | Выбрать файл CSV | Загрузите экспорт прежнего реестра в формате CSV. Сначала он проверяется, и ничего не сохраняется; если проблем нет, его можно импортировать целиком. Повторный импорт того же файла ничего не меняет.
            import | zh | 导入旧登记册 | 选择 CSV 文件 | 上传旧登记册的 CSV 导出文件。系统先进行检查，不保存任何内容；如果没有问题，即可一次性导入。同一文件导入两次不会改变任何内容。
            mail-addresses | en | Mail addresses | Permanent Missions | Mission's address | Focal points and deputies
            mail-addresses | ar | عناوين البريد | البعثات الدائمة | عنوان البعثة | جهات التنسيق ونوابها
            mail-addresses | fr | Adresses de courriel | Missions permanentes | Adresse de la mission | Points focaux et suppléants
            mail-addresses | es | Direcciones de correo | Misiones Permanentes | Dirección de la Misión | Coordinadores y suplentes
            mail-addresses | ru | Почтовые адреса | Постоянные представительства | Адрес представительства | Координаторы и заместители
            mail-addresses | zh | 邮件地址 | 常驻代表团 | 代表团地址 | 协调人和副协调人
            outbox | en | Mail outbox | Status | To
            outbox | ar | صندوق البريد الصادر | الحالة | إلى
            outbox | fr | Courriels envoyés | État | Destinataire
            outbox | es | Bandeja de salida de correo | Estado | Para
            outbox | ru | Исходящая почта | Состояние | Кому
            outbox | zh | 发件箱 | 状态 | 收件人
            publications | en | Publish the public figures | Title | Publications | Figures as of
            publications | ar | نشر الأرقام العامة | العنوان | المنشورات | الأرقام في تاريخ
            publications | fr | Publier les chiffres publics | Titre | Publications | Chiffres au
            publications | es | Publicar las cifras públicas | Título | Publicaciones | Cifras a fecha de
            publications | ru | Публикация открытых данных | Заголовок | Публикации | Данные по состоянию на
            publications | zh | 发布公开数字 | 标题 | 发布记录 | 数字截至
            state-law | en | Registry of national law — Nepal | Member State | Change the entry | History of changes
            state-law | ar | سجل القوانين الوطنية — نيبال | الدولة العضو | تعديل القيد | سجل التعديلات
            state-law | fr | Registre du droit national — Népal | État Membre | Modifier la fiche | Historique des modifications
            state-law | es | Registro del derecho nacional — Nepal | Estado Miembro | Modificar la ficha | Historial de cambios
            state-law | ru | Реестр национального права — Непал | Государство-член | Изменить запись | История изменений
            state-law | zh | 国家法律登记册 — 尼泊尔 | 会员国 | 修改条目 | 修改历史
            landing | en | Waiting for your State | Claims waiting for your State's action, newest notifications first | Reference | Your State: Nepal (NPL)
            landing | ar | في انتظار دولتكم | المطالبات التي تنتظر إجراء من دولتكم، بدءا بأحدث الإخطارات | الرقم المرجعي | دولتكم: نيبال (NPL)
            landing | fr | En attente de votre État | Demandes en attente d'une action de votre État, les notifications les plus récentes d'abord | Référence | Votre État : Népal (NPL)
            landing | es | A la espera de su Estado | Solicitudes a la espera de una acción de su Estado, empezando por las notificaciones más recientes | Referencia | Su Estado: Nepal (NPL)
            landing | ru | Ожидают действий вашего государства | Заявления, ожидающие действий вашего государства, начиная с последних уведомлений | Номер | Ваше государство: Непал (NPL)
            landing | zh | 等待贵国处理 | 等待贵国采取行动的申诉，最新通知在前 | 编号 | 贵国：尼泊尔 (NPL)
            claims | en | Claims of your State | Reference or allegation | Reference
            claims | ar | المطالبات المتعلقة بدولتكم | الرقم المرجعي أو الادعاء | الرقم المرجعي
            claims | fr | Demandes concernant votre État | Référence ou allégation | Référence
            claims | es | Solicitudes relativas a su Estado | Referencia o denuncia | Referencia
            claims | ru | Заявления, касающиеся вашего государства | Номер или сообщение | Номер
            claims | zh | 贵国的申诉 | 编号或指控 | 编号
            law | en | Your State's national law | DNA evidence admissible | Enforcement of foreign support orders
            law | ar | القانون الوطني لدولتكم | مقبولية أدلة الحمض النووي | تنفيذ أحكام النفقة الأجنبية
            law | fr | Le droit national de votre État | Preuve ADN recevable | Exécution des décisions alimentaires étrangères
            law | es | El derecho nacional de su Estado | Prueba de ADN admisible | Ejecución de resoluciones extranjeras de alimentos
            law | ru | Национальное право вашего государства | Допустимость доказательств ДНК | Исполнение иностранных решений об алиментах
            law | zh | 贵国的国家法律 | DNA 证据的可采性 | 外国抚养令的执行
            ledger | en | Reimbursements withheld from your State | Currency | Balance
            ledger | ar | المبالغ المحتجزة من التسديدات المستحقة لدولتكم | العملة | الرصيد
            ledger | fr | Remboursements retenus à votre État | Monnaie | Solde
            ledger | es | Reembolsos retenidos a su Estado | Moneda | Saldo
            ledger | ru | Возмещения, удержанные у вашего государства | Валюта | Остаток
            ledger | zh | 从贵国扣留的偿还款 | 币种 | 余额
            """);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String notifiedClaim() {
        return ApiClient.as("vra.officer").notified(ClaimLifecycleIT.FULL_CLAIM, "NV-A");
    }

    /** What Faces says of a required field left empty, in the reader's language (messages.properties). */
    private static final Map<String, String> REQUIRED = Map.of(
            "en", "a value is required",
            "fr", "une valeur est requise",
            "es", "se requiere un valor",
            "ru", "требуется значение",
            "zh", "必须填写",
            "ar", "يجب إدخال قيمة");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
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
     * there: a serious or critical violation, a page wider than its 1,280-pixel window, a heading or label other than
     * the one expected, a key or a constant shown instead of a text, a label or column title without one.
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
            for (String table : browser.tablesWiderThanTheirBoxes()) {
                note(shot, "a table wider than its box, read by scrolling sideways: " + table);
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
