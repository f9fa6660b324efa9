package un.vra.claims.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Pending claims by age band, as figures and as a bar chart, with the bands' names from the bundle. Each
 * figure's id is the prefix and the band's key ({@code under1y}, ...).
 */
public final class AgeBandFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> labels = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final String chart;

    public AgeBandFigures(Map<String, Long> ageBands, String idPrefix, ResourceBundle texts, FigureFormat format) {
        List<Long> counts = new ArrayList<>();
        ageBands.forEach((band, count) -> {
            String label = texts.getString("band." + band);
            labels.add(label);
            counts.add(count);
            figures.add(new Figure(idPrefix + band, label, format.number(count), null));
        });
        chart = ChartJson.bar(
                texts.getLocale(), labels, new ChartJson.Series(texts.getString("aging.pending"), counts));
    }

    public List<Figure> getFigures() {
        return List.copyOf(figures);
    }

    /** The Chart.js configuration of the bar chart, for {@code p:chart}. */
    public String getChart() {
        return chart;
    }

    /** The bands' names in the reader's language, in band order: the headers of age-band columns. */
    public List<String> labels() {
        return List.copyOf(labels);
    }
}
