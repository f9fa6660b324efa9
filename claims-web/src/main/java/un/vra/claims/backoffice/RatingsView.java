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
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.RatingsExport;
import un.vra.claims.metrics.RatingDistribution;
import un.vra.claims.metrics.RatingService;
import un.vra.claims.metrics.RatingSort;
import un.vra.claims.metrics.RatingThresholds;
import un.vra.claims.metrics.StateRating;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;
import un.vra.claims.web.ui.FigureFormat;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;

/**
 * The task force's table of every State's responsiveness and rating band as of a day, sorted and paged by the
 * database, exportable; how many States are in each band; the thresholds, which a VRA administrator edits here.
 */
@Named
@ViewScoped
public class RatingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RatingService ratings;

    @Inject
    private FacesContext facesContext;

    private LocalDate asOf;
    private PagedModel<StateRating> table;
    private RatingDistribution distribution;
    private RatingThresholds thresholds;
    private Double acknowledgedResponsiveFrom;
    private Double acknowledgedUnresponsiveBelow;
    private Integer dnaResultResponsiveUpTo;
    private Integer dnaResultUnresponsiveAbove;
    private Double idleResponsiveUpTo;
    private Double idleUnresponsiveAbove;
    private FigureFormat format;

    /** Takes the ratings as of the chosen day; a day in the future is refused with a message, and today shown. */
    public void load() {
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        format = new FigureFormat(facesContext.getViewRoot().getLocale(), texts.getString("figure.none"));
        try {
            distribution = ratings.distribution(asOf);
        } catch (InvalidInputException future) {
            facesContext.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.getString("dashboard.future"), null));
            distribution = ratings.distribution(null);
        }
        asOf = distribution.asOf();
        LocalDate day = asOf;
        RatingService service = ratings;
        int states = (int) distribution.states().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        table = new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            /** The States rated are those the distribution counted: no second pass over every State. */
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return states;
            }

            @Override
            protected PageResult<StateRating> page(PageRequest request, Map<String, SortMeta> sortBy) {
                return service.ratings(day, sort(sortBy), request);
            }

            @Override
            public String getRowKey(StateRating row) {
                return row.memberState();
            }
        };
        editing(distribution.thresholds());
    }

    public String show() {
        return "/ratings?faces-redirect=true&asOf=" + asOf;
    }

    public void saveThresholds() {
        if (PageMessages.run(
                facesContext,
                () -> ratings.changeThresholds(new RatingThresholds(
                        acknowledgedResponsiveFrom,
                        acknowledgedUnresponsiveBelow,
                        dnaResultResponsiveUpTo,
                        dnaResultUnresponsiveAbove,
                        idleResponsiveUpTo,
                        idleUnresponsiveAbove)),
                "ratings.thresholds.saved")) {
            load();
        }
    }

    /** The whole table as a file, in the default order. */
    public StreamedContent export(String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        Iterable<StateRating> rows = ratings.all(asOf, RatingSort.DEFAULT);
        String title = texts.getString("ratings.heading") + " — " + asOf;
        return DefaultStreamedContent.builder()
                .name(chosen.fileName("ratings-" + asOf))
                .contentType(chosen.mediaType())
                .writer(out -> RatingsExport.write(chosen, title, rows, texts, out))
                .build();
    }

    /** The table's sortable columns, by the row's field, as the service's sort names them. */
    private static final Map<String, RatingSort.Field> SORT_FIELDS = Map.of(
            "memberState", RatingSort.Field.STATE,
            "name", RatingSort.Field.NAME,
            "claims", RatingSort.Field.CLAIMS,
            "pending", RatingSort.Field.PENDING,
            "overdueSteps", RatingSort.Field.OVERDUE,
            "acknowledgedInTimeShare", RatingSort.Field.ACKNOWLEDGED,
            "medianDaysToDnaResult", RatingSort.Field.DNA_RESULT,
            "idlePendingShare", RatingSort.Field.IDLE,
            "band", RatingSort.Field.BAND);

    /** The column's sort as the service reads it; the worst band first when no column is sorted. */
    private static RatingSort sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && SORT_FIELDS.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> new RatingSort(SORT_FIELDS.get(meta.getField()), meta.getOrder() == SortOrder.DESCENDING))
                .orElse(RatingSort.DEFAULT);
    }

    private void editing(RatingThresholds current) {
        thresholds = current;
        acknowledgedResponsiveFrom = current.acknowledgedResponsiveFrom();
        acknowledgedUnresponsiveBelow = current.acknowledgedUnresponsiveBelow();
        dnaResultResponsiveUpTo = current.dnaResultResponsiveUpTo();
        dnaResultUnresponsiveAbove = current.dnaResultUnresponsiveAbove();
        idleResponsiveUpTo = current.idleResponsiveUpTo();
        idleUnresponsiveAbove = current.idleUnresponsiveAbove();
    }

    public String share(Double share) {
        return format.share(share);
    }

    public String number(Number number) {
        return format.number(number);
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public PagedModel<StateRating> getTable() {
        return table;
    }

    public RatingDistribution getDistribution() {
        return distribution;
    }

    public RatingThresholds getThresholds() {
        return thresholds;
    }

    public Double getAcknowledgedResponsiveFrom() {
        return acknowledgedResponsiveFrom;
    }

    public void setAcknowledgedResponsiveFrom(Double value) {
        this.acknowledgedResponsiveFrom = value;
    }

    public Double getAcknowledgedUnresponsiveBelow() {
        return acknowledgedUnresponsiveBelow;
    }

    public void setAcknowledgedUnresponsiveBelow(Double value) {
        this.acknowledgedUnresponsiveBelow = value;
    }

    public Integer getDnaResultResponsiveUpTo() {
        return dnaResultResponsiveUpTo;
    }

    public void setDnaResultResponsiveUpTo(Integer value) {
        this.dnaResultResponsiveUpTo = value;
    }

    public Integer getDnaResultUnresponsiveAbove() {
        return dnaResultUnresponsiveAbove;
    }

    public void setDnaResultUnresponsiveAbove(Integer value) {
        this.dnaResultUnresponsiveAbove = value;
    }

    public Double getIdleResponsiveUpTo() {
        return idleResponsiveUpTo;
    }

    public void setIdleResponsiveUpTo(Double value) {
        this.idleResponsiveUpTo = value;
    }

    public Double getIdleUnresponsiveAbove() {
        return idleUnresponsiveAbove;
    }

    public void setIdleUnresponsiveAbove(Double value) {
        this.idleUnresponsiveAbove = value;
    }
}
