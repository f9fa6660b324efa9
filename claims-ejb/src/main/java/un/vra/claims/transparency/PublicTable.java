package un.vra.claims.transparency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A public table after suppression: its rows, the totals of each year and of each area included. */
public final class PublicTable {

    /** The year of the rows that total every year of the table. */
    public static final int ALL_YEARS = 0;

    /** The area of the rows that total every area of the table. */
    public static final String ALL_AREAS = "*";

    private final List<PublicRow> rows;
    private final Map<CellKey, PublicRow> byYearAndArea = new HashMap<>();

    PublicTable(List<PublicRow> rows) {
        this.rows = List.copyOf(rows);
        for (PublicRow row : rows) {
            byYearAndArea.put(new CellKey(row.year(), row.area(), PublicMeasure.CLAIMS), row);
        }
    }

    /** Every row, by year (the totals of all years last) and area (each year's total last). */
    public List<PublicRow> rows() {
        return rows;
    }

    /** The rows of one year (or of {@link #ALL_YEARS}), the year's total last. */
    public List<PublicRow> year(int year) {
        List<PublicRow> ofYear = new ArrayList<>();
        for (PublicRow row : rows) {
            if (row.year() == year) {
                ofYear.add(row);
            }
        }
        return Collections.unmodifiableList(ofYear);
    }

    /** The row of a year and area, or {@code null} if the table has none. */
    public PublicRow row(int year, String area) {
        return byYearAndArea.get(new CellKey(year, area, PublicMeasure.CLAIMS));
    }
}
