package un.vra.claims.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;
import un.vra.claims.metrics.RatingBand;
import un.vra.claims.metrics.StateRating;

/**
 * The task force's ratings table as a file: one row per State, its figures and band today and the band a year
 * before, in the texts' language. The rows are written as they are read from the database.
 */
public final class RatingsExport {

    private RatingsExport() {}

    /** The column titles, in the order of {@link #row}. */
    public static List<String> headers(ResourceBundle texts) {
        return Arrays.asList(
                texts.getString("ratings.state"),
                texts.getString("ratings.name"),
                texts.getString("ratings.claims"),
                texts.getString("ratings.pending"),
                texts.getString("ratings.overdue"),
                texts.getString("ratings.acknowledged"),
                texts.getString("ratings.dnaResult"),
                texts.getString("ratings.idle"),
                texts.getString("ratings.band"),
                texts.getString("ratings.previousBand"),
                texts.getString("ratings.previousPending"));
    }

    /** One State's row; shares between 0 and 1, a measure the State does not have empty. */
    public static List<Object> row(StateRating rating, ResourceBundle texts) {
        List<Object> cells = new ArrayList<>(Arrays.asList(
                rating.memberState(),
                rating.name(),
                rating.claims(),
                rating.pending(),
                rating.overdueSteps(),
                rating.acknowledgedInTimeShare(),
                rating.medianDaysToDnaResult(),
                rating.idlePendingShare(),
                band(rating.band(), texts)));
        cells.add(rating.previous() == null ? null : band(rating.previous().band(), texts));
        cells.add(rating.previous() == null ? null : rating.previous().pending());
        return cells;
    }

    public static String band(RatingBand band, ResourceBundle texts) {
        return band == null ? null : texts.getString("ratings.band." + band.name());
    }

    public static void write(
            ExportFormat format, String title, Iterable<StateRating> ratings, ResourceBundle texts, OutputStream out) {
        Iterable<List<?>> rows = () -> new Iterator<>() {
            private final Iterator<StateRating> source = ratings.iterator();

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<?> next() {
                return row(source.next(), texts);
            }
        };
        TableExport.write(format, title, headers(texts), rows, out);
    }
}
