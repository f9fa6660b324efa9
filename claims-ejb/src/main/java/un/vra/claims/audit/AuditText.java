package un.vra.claims.audit;

/**
 * Texts as the audit tables hold them: cut to their column's width, so that a long path, filter or file name
 * (all chosen by the caller) shortens the entry instead of failing the write and, with it, the request.
 */
final class AuditText {

    private AuditText() {}

    static String bounded(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
