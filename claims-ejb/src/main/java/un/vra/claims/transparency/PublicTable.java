package un.vra.claims.transparency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A public table after suppression: its rows, the totals of each year and of each area included. */
public final class PublicTable {

    /** The year of the rows that total every year of the table. */
    public static final int ALL_YEARS = 0;

    /** The area of the rows that total every area of the table. */
    public static final String ALL_AREAS = "*";

    private final List<PublicRow> rows;

    PublicTable(List<PublicRow> rows) {
        this.rows = List.copyOf(rows);
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

    public PublicRow row(int year, String area) {
        return rows.stream()
                .filter(row -> row.year() == year && row.area().equals(area))
                .findFirst()
                .orElse(null);
    }
}
