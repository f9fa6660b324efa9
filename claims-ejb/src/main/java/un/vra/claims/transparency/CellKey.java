package un.vra.claims.transparency;

/** One cell of a public table: {@link PublicTable#ALL_YEARS} and {@link PublicTable#ALL_AREAS} name the totals. */
public record CellKey(int year, String area, PublicMeasure measure) {}
