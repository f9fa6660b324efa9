package un.vra.claims.web.ui;

import java.io.Serializable;

/**
 * One figure as a page shows it, already formatted for the reader's language: an id for the element, its
 * label, its value, and what it is compared with (null when it stands alone).
 */
public record Figure(String id, String label, String value, String compare) implements Serializable {}
