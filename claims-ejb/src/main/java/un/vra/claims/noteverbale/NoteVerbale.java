package un.vra.claims.noteverbale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.NextStep;
import un.vra.claims.export.Labels;
import un.vra.claims.export.Letter;
import un.vra.claims.shared.Languages;

/**
 * A note verbale of the Secretariat to a State's Permanent Mission about one claim, in the form of the
 * Secretariat's notes: compliments, what it has the honour to say and to ask (the step and its due day), and the
 * closing courtesy, then place and date. It names the claim only by its reference and pseudonym: a note leaves the
 * application, so it holds none of the claim's personal data. Its texts are {@code notes*.properties}, in any of
 * the six official languages.
 */
public record NoteVerbale(
        String number,
        Purpose purpose,
        String language,
        String memberState,
        String claimReference,
        String pseudonym,
        NextStep step,
        LocalDate dueOn,
        LocalDate dated) {

    /** Why the note is sent: the State is notified of the claim, or its Permanent Mission copied on a late step. */
    public enum Purpose {
        NOTIFICATION,
        MISSION_COPY
    }

    public static final String ENGLISH = Languages.ENGLISH;

    private static final String TEXTS = "un.vra.claims.noteverbale.notes";

    public NoteVerbale {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(purpose, "purpose");
        language = Languages.orEnglish(language);
        Objects.requireNonNull(memberState, "memberState");
        Objects.requireNonNull(claimReference, "claimReference");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(dated, "dated");
    }

    /**
     * The note on a claim of a State, in {@code language} ({@code fr}, or else English); {@code memberState} is the
     * State's name as the note calls it.
     */
    public static NoteVerbale about(
            Claim claim,
            String number,
            Purpose purpose,
            String language,
            String memberState,
            NextStep step,
            LocalDate dueOn,
            LocalDate dated) {
        return new NoteVerbale(
                number,
                purpose,
                language,
                memberState,
                claim.reference().value(),
                claim.claimantPseudonym(),
                step,
                dueOn,
                dated);
    }

    /** The note as a letter to print: title, its number and the claim's, three paragraphs, place and date. */
    public Letter letter() {
        ResourceBundle texts = texts(language);
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter days = DateTimeFormatter.ofPattern(texts.getString("date"), locale);
        Object[] values = {
            memberState, claimReference, pseudonym, texts.getString("step." + step.name()), days.format(dueOn)
        };
        return new Letter(
                texts.getString("title"),
                List.of(format(texts, "number", number), format(texts, "claim", claimReference, pseudonym)),
                List.of(
                        format(texts, "body." + purpose.name(), values),
                        format(texts, "ask." + purpose.name(), values),
                        format(texts, "closing", values)),
                format(texts, "placeAndDate", days.format(dated)),
                format(texts, "footer", number));
    }

    /** All the note's words, in reading order. */
    public String text() {
        Letter letter = letter();
        return String.join(
                "\n",
                letter.title(),
                String.join("\n", letter.references()),
                String.join("\n", letter.paragraphs()),
                letter.placeAndDate());
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(
                TEXTS,
                ENGLISH.equals(language) ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Object... values) {
        return Labels.text(texts, key, values);
    }
}
