package un.vra.claims.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One State's figure beside the median of the same figure over every State with claims, so that a State
 * sees where it stands without any other State being named. The median is left out (null) when fewer than
 * {@link #MIN_STATES} States have the figure: with two it would give the other State's value away, and with
 * a handful a State that knows a few others' figures could work out the rest (issue 11).
 */
public record StateFigure(Double value, Double medianOfStates) implements Serializable {

    public static final int MIN_STATES = 5;

    /**
     * The figure of {@code state} (null when none) among {@code statesWithClaims}; a State absent from
     * {@code values} counts as {@code absent}, or not at all when {@code absent} is null (its figure is
     * undefined, such as a share of nothing).
     */
    static StateFigure of(
            String state, Collection<String> statesWithClaims, Map<String, ? extends Number> values, Double absent) {
        List<Double> figures = new ArrayList<>();
        for (String each : statesWithClaims) {
            Double figure = figure(values, each, absent);
            if (figure != null) {
                figures.add(figure);
            }
        }
        Double own = state == null || !statesWithClaims.contains(state) ? null : figure(values, state, absent);
        return new StateFigure(own, figures.size() < MIN_STATES ? null : median(figures));
    }

    private static Double figure(Map<String, ? extends Number> values, String state, Double absent) {
        Number value = values.get(state);
        return value == null ? absent : Double.valueOf(value.doubleValue());
    }

    /** The middle value, or the mean of the two middle values of an even count; null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
