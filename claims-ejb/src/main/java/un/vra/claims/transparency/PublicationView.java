package un.vra.claims.transparency;

import java.time.Instant;
import java.time.LocalDate;

/** A publication as anyone may read it: who published it stays in the audit trail. */
public record PublicationView(long id, String title, LocalDate asOf, int firstYear, int lastYear, Instant publishedAt) {

    static PublicationView of(Publication publication) {
        return new PublicationView(
                publication.id(),
                publication.title(),
                publication.asOf(),
                publication.firstYear(),
                publication.lastYear(),
                publication.publishedAt());
    }
}
