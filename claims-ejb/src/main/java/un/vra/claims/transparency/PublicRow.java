package un.vra.claims.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One row of a public table after suppression: {@code year} {@link PublicTable#ALL_YEARS} and area
 * {@link PublicTable#ALL_AREAS} are the totals. The resolution rate (DOMAIN.md, "Measures") is given only where
 * the claims, the established and the excluded are all shown, since a rate beside a hidden count would reveal it.
 */
public record PublicRow(int year, String area, Map<PublicMeasure, PublicCell> cells) {

    public PublicRow {
        cells = Map.copyOf(cells);
    }

    public PublicCell cell(PublicMeasure measure) {
        return cells.get(measure);
    }

    /** The paternity resolution rate in percent with one decimal, or {@code null} where it would reveal a count. */
    public BigDecimal resolutionRate() {
        PublicCell claims = cell(PublicMeasure.CLAIMS);
        PublicCell established = cell(PublicMeasure.ESTABLISHED);
        PublicCell excluded = cell(PublicMeasure.EXCLUDED);
        if (!claims.shown() || !established.shown() || !excluded.shown() || claims.count() == 0) {
            return null;
        }
        return BigDecimal.valueOf(100 * (established.count() + excluded.count()))
                .divide(BigDecimal.valueOf(claims.count()), 1, RoundingMode.HALF_UP);
    }

    public boolean isTotal() {
        return year == PublicTable.ALL_YEARS || PublicTable.ALL_AREAS.equals(area);
    }
}
