package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.metrics.BreakdownRow;
import un.vra.claims.metrics.MetricsDimension;
import un.vra.claims.metrics.MetricsFilter;
import un.vra.claims.metrics.MetricsService;
import un.vra.claims.metrics.RatingDistribution;
import un.vra.claims.metrics.RatingService;
import un.vra.claims.metrics.Responsiveness;
import un.vra.claims.metrics.StateFigure;
import un.vra.claims.reference.ReferenceData;
import un.vra.claims.shared.Languages;

/**
 * The signed-in focal point's State today: its pending claims by age band, its overdue steps and its
 * responsiveness, each beside the median of all States, and its rating band beside how many States are in each. The service scopes every figure to the State of the
 * account; the medians name no other State.
 */
@Named
@ViewScoped
public class StateAgingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MetricsService metrics;

    @EJB
    private RatingService ratings;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ReferenceData referenceData;

    private String memberState;
    private String memberStateName;
    private List<Figure> figures;
    private AgeBandFigures ageBands;

    @PostConstruct
    void init() {
        ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        FigureFormat format = new FigureFormat(facesContext.getViewRoot().getLocale(), texts.getString("figure.none"));
        Responsiveness responsiveness = metrics.responsiveness(null, null);
        memberState = responsiveness.memberState();
        BreakdownRow pending = ownRow(metrics.breakdown(null, MetricsDimension.MEMBER_STATE, MetricsFilter.none()));
        memberStateName = referenceData.memberStateName(memberState);
        figures = new ArrayList<>();
        figures.add(
                new Figure("aging-pending", texts.getString("aging.pending"), format.number(pending.pending()), null));
        figures.add(compared(
                "aging-overdue",
                texts.getString("aging.overdue"),
                responsiveness.overdueSteps(),
                format::number,
                texts));
        figures.add(compared(
                "aging-acknowledged",
                MessageFormat.format(texts.getString("aging.acknowledged"), responsiveness.acknowledgeStandardDays()),
                responsiveness.acknowledgedInTimeShare(),
                format::share,
                texts));
        figures.add(compared(
                "aging-dna-result",
                texts.getString("aging.dnaResult"),
                responsiveness.medianDaysToDnaResult(),
                format::number,
                texts));
        figures.add(compared(
                "aging-idle",
                MessageFormat.format(texts.getString("aging.idle"), responsiveness.idleDays()),
                responsiveness.idlePendingShare(),
                format::share,
                texts));
        figures.add(rating(ratings.distribution(null), texts));
        ageBands = new AgeBandFigures(pending.ageBands(), "aging-band-", texts, format);
    }

    /**
     * The State's own row of the breakdown by State, which the service scopes to it: its pending claims and their
     * age bands, without the summary's count of children each once, a query of its own the page does not show (54
     * ms of the landing at a million claims). No row when the State has no claim notified yet.
     */
    private BreakdownRow ownRow(List<BreakdownRow> rows) {
        return rows.stream()
                .filter(row -> memberState.equals(row.key()))
                .findFirst()
                .orElseGet(() -> new BreakdownRow(memberState, 0, 0, 0, 0, 0, AgeBand.emptyCounts()));
    }

    private static Figure compared(
            String id, String label, StateFigure figure, Function<Double, String> format, ResourceBundle texts) {
        return new Figure(
                id,
                label,
                format.apply(figure.value()),
                MessageFormat.format(texts.getString("aging.median"), format.apply(figure.medianOfStates())));
    }

    /** The State's own band, beside how many States are in each band: no other State is named. */
    private static Figure rating(RatingDistribution distribution, ResourceBundle texts) {
        String states = distribution.states().entrySet().stream()
                .map(band -> MessageFormat.format(
                        texts.getString("ratings.statesInBand"),
                        texts.getString("ratings.band." + band.getKey()),
                        band.getValue()))
                .collect(Collectors.joining(Languages.fieldSeparator(texts.getLocale())));
        return new Figure(
                "aging-rating",
                texts.getString("ratings.own"),
                distribution.band() == null
                        ? texts.getString("ratings.ownNone")
                        : texts.getString("ratings.band." + distribution.band().name()),
                states);
    }

    public String getMemberState() {
        return memberState;
    }

    /** The State's English name: the page writes it in its own language. */
    public String getMemberStateName() {
        return memberStateName;
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public AgeBandFigures getAgeBands() {
        return ageBands;
    }
}
