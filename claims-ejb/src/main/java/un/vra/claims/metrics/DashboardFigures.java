package un.vra.claims.metrics;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The task force's dashboard as of one day: the summary, a breakdown per dimension and the trend by year. */
public record DashboardFigures(
        MetricsSummary summary, Map<MetricsDimension, List<BreakdownRow>> breakdowns, List<TrendPoint> trend)
        implements Serializable {

    public DashboardFigures {
        breakdowns = Map.copyOf(breakdowns);
        trend = List.copyOf(trend);
    }
}
