package un.vra.claims.transparency;

/** A publication's table by State or by mission, beside today's recomputation of the same day. */
public record PublishedFigures(PublicationView publication, PublicBreakdown breakdown, ComparedTable table) {}
