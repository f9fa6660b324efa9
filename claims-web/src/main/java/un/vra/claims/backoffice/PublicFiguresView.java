package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import un.vra.claims.shared.DomainException;
import un.vra.claims.transparency.ComparedTable;
import un.vra.claims.transparency.PublicBreakdown;
import un.vra.claims.transparency.PublicLabels;
import un.vra.claims.transparency.PublicMeasure;
import un.vra.claims.transparency.PublicTable;
import un.vra.claims.transparency.PublicationView;
import un.vra.claims.transparency.PublishedFigures;
import un.vra.claims.transparency.TransparencyService;

/**
 * The public page of published figures, open to anyone: the newest publication (or the one asked for) by State or
 * by mission, each published cell with today's recomputation beside it where it was revised.
 */
@Named
@RequestScoped
public class PublicFiguresView {

    /** One line of the table as read: texts only, suppressed cells as "fewer than 5" or "withheld". */
    public record Line(
            String year,
            String area,
            boolean total,
            List<String> publishedCells,
            List<String> currentCells,
            List<Boolean> revisedCells,
            String publishedRate) {

        public String published(PublicMeasure measure) {
            return publishedCells.get(measure.ordinal());
        }

        public String current(PublicMeasure measure) {
            return currentCells.get(measure.ordinal());
        }

        public boolean revised(PublicMeasure measure) {
            return revisedCells.get(measure.ordinal());
        }
    }

    @EJB
    private TransparencyService transparency;

    private String publication;
    private String by;
    private PublishedFigures figures;
    private PublicLabels labels;
    private List<Line> lines = List.of();
    private ResourceBundle texts;
    private List<PublicationView> publications = List.of();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        texts = context.getApplication().getResourceBundle(context, "msg");
        PublicBreakdown breakdown = "MISSION".equals(by) ? PublicBreakdown.MISSION : PublicBreakdown.MEMBER_STATE;
        try {
            figures = transparency.figures(id(), breakdown);
        } catch (DomainException nothingPublished) {
            figures = null;
            return;
        }
        labels = new PublicLabels(texts, figures);
        publications = transparency.publications();
        List<Line> read = new ArrayList<>();
        for (ComparedTable.Row row : figures.table().rows()) {
            List<String> published = new ArrayList<>();
            List<String> current = new ArrayList<>();
            List<Boolean> revised = new ArrayList<>();
            for (PublicMeasure measure : PublicMeasure.values()) {
                published.add(labels.cell(row.published(), measure));
                current.add(labels.cell(row.current(), measure));
                revised.add(row.revised().contains(measure));
            }
            read.add(new Line(
                    labels.year(row.year()),
                    labels.area(row.area()),
                    row.year() == PublicTable.ALL_YEARS || PublicTable.ALL_AREAS.equals(row.area()),
                    published,
                    current,
                    revised,
                    labels.rate(row.published())));
        }
        lines = read;
    }

    private Long id() {
        try {
            return publication == null || publication.isBlank() ? null : Long.valueOf(publication.trim());
        } catch (NumberFormatException notANumber) {
            return -1L;
        }
    }

    public PublishedFigures getFigures() {
        return figures;
    }

    public PublicLabels getLabels() {
        return labels;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<PublicMeasure> getMeasures() {
        return List.of(PublicMeasure.values());
    }

    public String getAreaHeading() {
        return texts.getString(
                figures != null && figures.breakdown() == PublicBreakdown.MISSION ? "public.mission" : "public.state");
    }

    public List<String> getRules() {
        return PublicLabels.rules(texts);
    }

    public List<PublicationView> getPublications() {
        return publications;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
