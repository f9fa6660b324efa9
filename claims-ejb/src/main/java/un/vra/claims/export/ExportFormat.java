package un.vra.claims.export;

import java.text.Normalizer;
import java.util.Locale;
import un.vra.claims.shared.InvalidInputException;

/** The formats a table can be exported in, with what an HTTP answer needs to announce and name the file. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Reads a format as a query parameter or a menu gives it, in any case: {@code csv}, {@code XLSX}, {@code Pdf}. */
    public static ExportFormat parse(String text) {
        if (text != null) {
            String wanted = text.trim().toUpperCase(Locale.ROOT);
            for (ExportFormat format : values()) {
                if (format.name().equals(wanted)) {
                    return format;
                }
            }
        }
        throw new InvalidInputException("format", "format must be one of csv, xlsx or pdf");
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * A file name for a download: the stem without accents and reduced to ASCII letters, digits, dots, dashes and
     * underscores, so that it can go into a {@code Content-Disposition} header as it is, then the extension.
     */
    public String fileName(String stem) {
        String safe = stem == null
                ? ""
                : Normalizer.normalize(stem, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replaceAll("[^A-Za-z0-9._-]+", "-")
                        .replaceAll("^[.-]+|-+$", "");
        return (safe.isEmpty() ? "export" : safe) + "." + extension;
    }
}
