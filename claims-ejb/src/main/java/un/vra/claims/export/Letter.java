package un.vra.claims.export;

import java.util.List;
import java.util.Objects;

/**
 * A formal letter as the application writes one to a party outside it (a note verbale to a Permanent Mission): a
 * title, the lines that identify it, its paragraphs, the place and date it closes with, and what each page's foot
 * repeats. What it says is its author's; {@link LetterPdf} only lays it out.
 */
public record Letter(
        String title, List<String> references, List<String> paragraphs, String placeAndDate, String footer) {

    public Letter {
        Objects.requireNonNull(title, "title");
        references = List.copyOf(references);
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(placeAndDate, "placeAndDate");
        Objects.requireNonNull(footer, "footer");
    }
}
