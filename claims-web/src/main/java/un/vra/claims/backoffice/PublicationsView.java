package un.vra.claims.backoffice;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import un.vra.claims.transparency.NewPublication;
import un.vra.claims.transparency.PublicationView;
import un.vra.claims.transparency.TransparencyService;

/**
 * The administrator's publication page: publishing freezes the public figures as of a day for the years chosen;
 * the publications made so far are listed newest first, each with its public page.
 */
@Named
@ViewScoped
public class PublicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TransparencyService transparency;

    private String title;
    private LocalDate asOf;
    private Integer firstYear;
    private Integer lastYear;

    public void publish() {
        PublicationView published = transparency.publish(new NewPublication(title, asOf, firstYear, lastYear));
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle texts = context.getApplication().getResourceBundle(context, "msg");
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        texts.getString("publications.published") + " " + published.title(),
                        null));
        title = null;
    }

    public List<PublicationView> getPublications() {
        return transparency.publications();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }
}
