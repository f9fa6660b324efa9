package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import un.vra.claims.metrics.Cohort;
import un.vra.claims.metrics.CohortService;
import un.vra.claims.metrics.MetricsDimension;
import un.vra.claims.metrics.TimeToResolution;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;
import un.vra.claims.web.error.RefusalMessages;
import un.vra.claims.web.ui.ChartJson;
import un.vra.claims.web.ui.FigureFormat;
import un.vra.claims.web.ui.PagedModel;

/**
 * The task force's cohorts: for the claims received each year, by State, mission or category, the shares
 * resolved within one, two, five and ten years and the median months to resolution (Kaplan-Meier), a page of
 * groups at a time from the database.
 */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many groups of the table's first page the chart draws, one line each. */
    static final int CHARTED = 5;

    /** The chart's years since receipt: 0 to 10. */
    private static final int CHART_YEARS = 10;

    @EJB
    private CohortService cohorts;

    @Inject
    private FacesContext facesContext;

    private String by = MetricsDimension.YEAR.key();
    private Integer from;
    private Integer to;
    private PagedModel<Cohort> table;
    private String curveChart;
    private FigureFormat format;

    /**
     * Shows the cohorts of the years and grouping chosen. The years are checked by the service first (one group
     * read), so that a refusal is told on the page rather than when the table draws its rows.
     */
    public void load() {
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        format = new FigureFormat(facesContext.getViewRoot().getLocale(), texts.getString("figure.none"));
        int last = to == null ? LocalDate.now(ZoneOffset.UTC).getYear() : to;
        to = last;
        from = from == null ? last - 9 : from;
        MetricsDimension dimension = MetricsDimension.parse(by);
        Integer first = from;
        CohortService service = cohorts;
        try {
            List<Cohort> charted = service.cohorts(
                            null, dimension, first, last, null, null, new PageRequest(0, CHARTED))
                    .items();
            curveChart = charted.isEmpty()
                    ? null
                    : curveChart(charted, texts, facesContext.getViewRoot().getLocale(), LocalDate.now(ZoneOffset.UTC));
            table = PagedModel.of(
                    request -> service.cohorts(null, dimension, first, last, null, null, request),
                    cohort -> cohort.key() + "-" + cohort.yearReceived());
        } catch (DomainException refused) {
            RefusalMessages.queue(facesContext, refused);
            curveChart = null;
            table = PagedModel.of(
                    request -> new PageResult<>(0, request.page(), request.size(), List.of()),
                    cohort -> cohort.key() + "-" + cohort.yearReceived());
        }
    }

    /**
     * The Kaplan-Meier curves of the first groups: the share resolved, in per cent, by the end of each year since
     * receipt, as long as the cohort can have been followed that long (a cohort received last year has no point at
     * five years).
     */
    static String curveChart(List<Cohort> cohorts, ResourceBundle texts, Locale language, LocalDate today) {
        List<String> years = IntStream.rangeClosed(0, CHART_YEARS)
                .mapToObj(Integer::toString)
                .toList();
        ChartJson.Series[] lines = cohorts.stream()
                .map(cohort -> new ChartJson.Series(
                        label(cohort, texts),
                        IntStream.rangeClosed(0, CHART_YEARS)
                                .mapToObj(year -> resolvedPercent(cohort, year * 12, today))
                                .toList()))
                .toArray(ChartJson.Series[]::new);
        return ChartJson.perCentLine(language, years, lines);
    }

    /** The group and its year; the year alone when the groups are the years. */
    private static String label(Cohort cohort, ResourceBundle texts) {
        String year = String.valueOf(cohort.yearReceived());
        if (year.equals(cohort.key())) {
            return year;
        }
        return (cohort.key() == null ? texts.getString("cohorts.unRoute") : cohort.key()) + " " + year;
    }

    private static Double resolvedPercent(Cohort cohort, int months, LocalDate today) {
        long followed = ChronoUnit.MONTHS.between(LocalDate.of(cohort.yearReceived(), 1, 1), today);
        if (months > followed) {
            return null;
        }
        return Math.round(1000 * (1.0 - TimeToResolution.unresolvedBefore(cohort.curve(), months))) / 10.0;
    }

    public String getCurveChart() {
        return curveChart;
    }

    public List<String> getDimensions() {
        return List.of(
                MetricsDimension.YEAR.key(),
                MetricsDimension.MEMBER_STATE.key(),
                MetricsDimension.MISSION.key(),
                MetricsDimension.CATEGORY.key());
    }

    public String share(Double share) {
        return format.share(share);
    }

    public String number(Number number) {
        return format.number(number);
    }

    public PagedModel<Cohort> getTable() {
        return table;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
