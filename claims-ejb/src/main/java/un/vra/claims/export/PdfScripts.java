package un.vra.claims.export;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fonts of the scripts the standard Helvetica lacks, so that a document shows every official language of the
 * United Nations: Cyrillic (Noto Sans), Arabic (Noto Sans Arabic) and simplified Chinese (Noto Sans CJK SC), each
 * embedded as a subset of the glyphs the document uses. They come from Debian's {@code fonts-noto-core} and
 * {@code fonts-noto-cjk} packages, at their Debian paths unless the system property {@value #FONTS_PROPERTY} lists
 * other files (comma-separated, regular weights; a {@code .ttc} file names its font's index after a comma is not
 * possible there, so the index is the Simplified Chinese one, 2). Text Helvetica can write keeps Helvetica.
 *
 * <p>Arabic is shaped (each letter in its joined form) and laid out right to left by OpenPDF where the text runs
 * right to left ({@link #rightToLeft}), which {@link PdfPages} asks for.
 */
final class PdfScripts {

    static final String FONTS_PROPERTY = "claims.pdf.fonts";

    private static final Logger LOG = Logger.getLogger(PdfScripts.class.getName());
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String NOTO = "/usr/share/fonts/truetype/noto/";
    private static final String NOTO_CJK = "/usr/share/fonts/opentype/noto/";
    /** The index of Noto Sans CJK SC among the fonts of Debian's collection file. */
    private static final int SIMPLIFIED_CHINESE = 2;

    private PdfScripts() {}

    /** The fonts, loaded once; a missing file is left out and said so once. */
    private static final class Loaded {
        static final List<BaseFont> REGULAR = load(false);
        static final List<BaseFont> BOLD = load(true);
    }

    /** The text as a phrase in {@code font}, each letter Helvetica lacks in a font that has it. */
    static Phrase phrase(String text, Font font) {
        List<BaseFont> fallbacks = (font.getStyle() & Font.BOLD) != 0 ? Loaded.BOLD : Loaded.REGULAR;
        String shown = printable(text, fallbacks);
        if (fallbacks.isEmpty() || WINDOWS_1252.newEncoder().canEncode(shown)) {
            return new Phrase(shown, font);
        }
        FontSelector selector = new FontSelector();
        // The standard font by its own metrics; a Font of a family alone would be replaced by an embedded one.
        selector.addFont(new Font(font.getCalculatedBaseFont(false), font.getSize(), plain(font), font.getColor()));
        for (BaseFont fallback : fallbacks) {
            selector.addFont(new Font(fallback, font.getSize(), plain(font), font.getColor()));
        }
        return selector.process(shown);
    }

    /** The font's style but bold, which its bold font draws. */
    private static int plain(Font font) {
        return font.getStyle() & ~Font.BOLD;
    }

    /** Whether the text holds a letter of a script written right to left (Arabic). */
    static boolean rightToLeft(String text) {
        return text != null
                && text.codePoints().anyMatch(codePoint -> {
                    byte direction = Character.getDirectionality(codePoint);
                    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
                });
    }

    /**
     * Text the fonts can show. A letter no font has would silently disappear ("Paweł" would print as "Pawe");
     * here it loses its accent where it has one (ș becomes s) and becomes "?" otherwise, so that a reader sees
     * that something is missing.
     */
    static String printable(String text) {
        return printable(text, Loaded.REGULAR);
    }

    private static String printable(String text, List<BaseFont> fallbacks) {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String letter = Character.toString(codePoint);
            if (encoder.canEncode(letter) || covered(codePoint, fallbacks)) {
                printable.append(letter);
                return;
            }
            String bare = Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            printable.append(!bare.isEmpty() && encoder.canEncode(bare) ? bare : "?");
        });
        return printable.toString();
    }

    private static boolean covered(int codePoint, List<BaseFont> fallbacks) {
        for (BaseFont font : fallbacks) {
            if (font.charExists(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static List<BaseFont> load(boolean bold) {
        String weight = bold ? "Bold" : "Regular";
        String configured = System.getProperty(FONTS_PROPERTY);
        List<String> files = configured == null || configured.isBlank()
                ? List.of(
                        NOTO + "NotoSans-" + weight + ".ttf",
                        NOTO + "NotoSansArabic-" + weight + ".ttf",
                        NOTO_CJK + "NotoSansCJK-" + weight + ".ttc")
                : List.of(configured.split(","));
        List<BaseFont> fonts = new ArrayList<>();
        for (String file : files) {
            String path = file.strip();
            if (!Files.isRegularFile(Path.of(path))) {
                LOG.warning(() -> "No font at " + path + ": its script prints as '?' in PDFs (install fonts-noto-core"
                        + " and fonts-noto-cjk)");
                continue;
            }
            try {
                String name = path.endsWith(".ttc") ? path + "," + SIMPLIFIED_CHINESE : path;
                fonts.add(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (IOException | RuntimeException unreadable) {
                LOG.log(Level.WARNING, "The font " + path + " cannot be read", unreadable);
            }
        }
        return List.copyOf(fonts);
    }
}
