package un.vra.claims.web.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Enumeration;
import java.util.Locale;
import un.vra.claims.shared.Languages;

/**
 * The language a page is written in, in both modules: the one chosen with the language switcher ({@code ?lang=},
 * then remembered in a cookie for the rest of the browser's session), else the browser's when it asks for one of
 * the six, else the signed-in account's own language (the one its mails are written in, read once per session:
 * a focal point whose browser speaks Portuguese reads the French it chose), else English. Every account has a
 * language (English unless chosen), so putting it before the browser's would have written every account that
 * never chose one in English, whatever its browser asked for.
 */
public class ReaderLanguage extends ViewHandlerWrapper {

    /** The switcher's parameter: {@code ?lang=ar}. */
    public static final String PARAMETER = "lang";

    static final String COOKIE = "claims-lang";
    private static final String ACCOUNT_LANGUAGE = ReaderLanguage.class.getName() + ".account";

    public ReaderLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (!(external.getRequest() instanceof HttpServletRequest request)) {
            return getWrapped().calculateLocale(context);
        }
        String chosen = request.getParameter(PARAMETER);
        if (Languages.isOfficial(chosen)) {
            remember(request, (HttpServletResponse) external.getResponse(), chosen);
            return Languages.locale(chosen);
        }
        String remembered = remembered(request);
        if (remembered != null) {
            return Languages.locale(remembered);
        }
        String browsers = browsersLanguage(request);
        if (browsers != null) {
            return Languages.locale(browsers);
        }
        String own = accountLanguage(context, request);
        return own != null ? Languages.locale(own) : getWrapped().calculateLocale(context);
    }

    /** The first of the six that the browser's {@code Accept-Language} asks for, in its order; none, null. */
    private static String browsersLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return null;
        }
        for (Enumeration<Locale> asked = request.getLocales(); asked.hasMoreElements(); ) {
            String language = asked.nextElement().getLanguage();
            if (Languages.isOfficial(language)) {
                return language;
            }
        }
        return null;
    }

    /** Forgets the account's language read for this session, so that the next page reads it afresh. */
    public static void forgetAccountLanguage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ACCOUNT_LANGUAGE);
        }
    }

    private static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        if (response.isCommitted()) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && Languages.isOfficial(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String accountLanguage(FacesContext context, HttpServletRequest request) {
        String user = request.getRemoteUser();
        if (user == null) {
            return null;
        }
        HttpSession session = request.getSession();
        String cached = (String) session.getAttribute(ACCOUNT_LANGUAGE);
        String prefix = user + '\n';
        if (cached != null && cached.startsWith(prefix)) {
            return cached.substring(prefix.length());
        }
        String language = Languages.orEnglish(
                context.getApplication().evaluateExpressionGet(context, "#{accountLanguage.language}", String.class));
        session.setAttribute(ACCOUNT_LANGUAGE, prefix + language);
        return language;
    }
}
