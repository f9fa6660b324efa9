package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.TableExport;
import un.vra.claims.metrics.BreakdownRow;
import un.vra.claims.metrics.ComingMajority;
import un.vra.claims.metrics.DashboardFigures;
import un.vra.claims.metrics.MetricsDimension;
import un.vra.claims.metrics.MetricsFilter;
import un.vra.claims.metrics.MetricsService;
import un.vra.claims.metrics.MetricsSummary;
import un.vra.claims.metrics.TrendPoint;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.web.ui.AgeBandFigures;
import un.vra.claims.web.ui.ChartJson;
import un.vra.claims.web.ui.Figure;
import un.vra.claims.web.ui.FigureFormat;
import un.vra.claims.web.ui.LanguageSwitcher;

/**
 * The task force's dashboard, also open to VRA officers: the register's figures as of a chosen day (today
 * unless asked), pending claims by age, claims by year received, and the same measures by State, mission,
 * personnel category and year received. Aggregates only: no claim is named anywhere on the page.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MetricsService metrics;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private LanguageSwitcher language;

    private LocalDate asOf;
    private ClaimType claimType;
    private String hostCountry;
    private Map<String, String> hostCountries;
    private FigureFormat format;
    private List<Figure> figures;
    private AgeBandFigures ageBands;
    private String trendChart;
    private List<MetricsTable> tables;
    private List<ComingMajority> comingMajorities;

    /** Takes the measures as of the chosen day; a day in the future is refused with a message. */
    public void load() {
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        format = new FigureFormat(facesContext.getViewRoot().getLocale(), texts.getString("figure.none"));
        DashboardFigures dashboard;
        try {
            dashboard = metrics.dashboard(asOf, filter());
        } catch (InvalidInputException future) {
            facesContext.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.getString("dashboard.future"), null));
            dashboard = metrics.dashboard(null, filter());
        }
        MetricsSummary summary = dashboard.summary();
        asOf = summary.asOf();
        comingMajorities = metrics.comingMajorities(asOf);
        figures = List.of(
                new Figure("figure-total", texts.getString("dashboard.total"), format.number(summary.total()), null),
                new Figure(
                        "figure-established",
                        texts.getString("dashboard.established"),
                        format.number(summary.established()),
                        null),
                new Figure(
                        "figure-excluded",
                        texts.getString("dashboard.excluded"),
                        format.number(summary.excluded()),
                        null),
                new Figure(
                        "figure-resolution-rate",
                        texts.getString("dashboard.resolutionRate"),
                        format.share(summary.resolutionRate()),
                        null),
                new Figure(
                        "figure-pending-with-states",
                        texts.getString("dashboard.pendingWithStates"),
                        format.number(summary.pendingWithMemberStates()),
                        null),
                new Figure(
                        "figure-states-with-pending",
                        texts.getString("dashboard.statesWithPending"),
                        format.number(summary.memberStatesWithPending()),
                        null),
                new Figure(
                        "figure-children",
                        texts.getString("dashboard.childrenCounted"),
                        format.number(summary.children()),
                        null),
                new Figure(
                        "figure-coming-majorities",
                        texts.getString("dashboard.comingMajorities"),
                        format.number(comingMajorities.stream()
                                .mapToLong(ComingMajority::children)
                                .sum()),
                        null));
        ageBands = new AgeBandFigures(summary.ageBands(), "band-", texts, format);
        trendChart = trendChart(dashboard.trend(), texts);
        MetricsTable.Columns columns = new MetricsTable.Columns(
                texts.getString("column.claims"),
                texts.getString("column.established"),
                texts.getString("column.excluded"),
                texts.getString("column.resolutionRate"),
                texts.getString("column.pending"));
        Map<MetricsDimension, List<BreakdownRow>> breakdowns = dashboard.breakdowns();
        tables = List.of(
                table(
                        "by-member-state",
                        MetricsDimension.MEMBER_STATE,
                        breakdowns,
                        texts,
                        columns,
                        key -> key == null ? texts.getString("dashboard.unRoute") : key),
                table("by-mission", MetricsDimension.MISSION, breakdowns, texts, columns, Function.identity()),
                table(
                        "by-category",
                        MetricsDimension.CATEGORY,
                        breakdowns,
                        texts,
                        columns,
                        key -> texts.getString("category." + key)),
                table("by-year", MetricsDimension.YEAR, breakdowns, texts, columns, Function.identity()),
                table(
                        "by-host-country",
                        MetricsDimension.HOST_COUNTRY,
                        breakdowns,
                        texts,
                        columns,
                        key -> key == null ? "" : getHostCountries().getOrDefault(key, key)));
    }

    /** The chosen day and filters, for the address of the page: a choice becomes bookmarkable. */
    public String show() {
        return "/dashboard?faces-redirect=true&asOf=" + asOf
                + (claimType == null ? "" : "&claimType=" + claimType.name())
                + (hostCountry == null ? "" : "&hostCountry=" + hostCountry);
    }

    /** The claims the page counts: of the chosen claim type and host country, where chosen. */
    private MetricsFilter filter() {
        String country =
                hostCountry != null && referenceData.hostCountries().containsKey(hostCountry) ? hostCountry : null;
        return new MetricsFilter(
                null, List.of(), null, null, null, claimType == null ? null : claimType.name(), country);
    }

    public ClaimType getClaimType() {
        return claimType;
    }

    public void setClaimType(ClaimType claimType) {
        this.claimType = claimType;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public void setHostCountry(String hostCountry) {
        this.hostCountry = hostCountry;
    }

    public List<ClaimType> getClaimTypes() {
        return List.of(ClaimType.values());
    }

    /** The countries hosting a mission, code to name, for the filter's choices. */
    /** The countries hosting a mission, by code, named in the page's language, in the names' order. */
    public Map<String, String> getHostCountries() {
        if (hostCountries == null) {
            hostCountries = referenceData.hostCountries().entrySet().stream()
                    .map(country ->
                            Map.entry(country.getKey(), language.stateName(country.getKey(), country.getValue())))
                    .sorted(Map.Entry.comparingByValue())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }
        return hostCountries;
    }

    private MetricsTable table(
            String id,
            MetricsDimension by,
            Map<MetricsDimension, List<BreakdownRow>> breakdowns,
            ResourceBundle texts,
            MetricsTable.Columns columns,
            Function<String, String> keyLabel) {
        String name = Character.toUpperCase(by.key().charAt(0)) + by.key().substring(1);
        return MetricsTable.of(
                id,
                texts.getString("dashboard.by" + name),
                texts.getString("column." + by.key()),
                columns,
                ageBands.labels(),
                breakdowns.get(by),
                keyLabel);
    }

    private static String trendChart(List<TrendPoint> trend, ResourceBundle texts) {
        return ChartJson.line(
                texts.getLocale(),
                trend.stream().map(point -> String.valueOf(point.year())).toList(),
                new ChartJson.Series(
                        texts.getString("column.claims"),
                        trend.stream().map(TrendPoint::claims).toList()),
                new ChartJson.Series(
                        texts.getString("column.established"),
                        trend.stream().map(TrendPoint::established).toList()),
                new ChartJson.Series(
                        texts.getString("column.excluded"),
                        trend.stream().map(TrendPoint::excluded).toList()));
    }

    public boolean isLoaded() {
        return figures != null;
    }

    /** The latest day the picker offers: today in UTC, the application's clock (the service checks it too). */
    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public FigureFormat getFormat() {
        return format;
    }

    /** The children of open claims coming of age in the next 24 months, by State. */
    public List<ComingMajority> getComingMajorities() {
        return comingMajorities;
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public AgeBandFigures getAgeBands() {
        return ageBands;
    }

    public String getTrendChart() {
        return trendChart;
    }

    /** One of the page's tables as a file: exactly the rows and columns shown, aggregates only. */
    public StreamedContent export(MetricsTable table, String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        return DefaultStreamedContent.builder()
                .name(chosen.fileName(table.id() + "-" + asOf))
                .contentType(chosen.mediaType())
                .writer(out ->
                        TableExport.write(chosen, table.title() + " — " + asOf, table.headers(), table.rows(), out))
                .build();
    }

    /** Every table of the page, in page order. */
    public List<MetricsTable> getTables() {
        return tables;
    }

    public MetricsTable getByMemberState() {
        return tables.get(0);
    }

    public MetricsTable getByMission() {
        return tables.get(1);
    }

    public MetricsTable getByCategory() {
        return tables.get(2);
    }

    public MetricsTable getByYear() {
        return tables.get(3);
    }

    public MetricsTable getByHostCountry() {
        return tables.get(4);
    }
}
