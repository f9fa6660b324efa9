package un.vra.claims.transparency;

import java.util.Map;

/**
 * A publication's table by State or by mission, beside today's recomputation of the same day, with the names of
 * the States or missions by code.
 */
public record PublishedFigures(
        PublicationView publication, PublicBreakdown breakdown, ComparedTable table, Map<String, String> names) {

    public PublishedFigures {
        names = Map.copyOf(names);
    }
}
