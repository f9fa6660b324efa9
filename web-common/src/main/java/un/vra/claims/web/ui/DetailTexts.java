package un.vra.claims.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import java.util.Set;
import un.vra.claims.claim.application.TimelineEntry;
import un.vra.claims.export.Labels;

/**
 * The details of a step on the timeline and in the chain of custody as a person reads them: each detail by its
 * label and each coded value by its name, in the reader's language ({@code Personnel: Military observer}), never
 * as the domain records them ({@code personnelCategory: MILITARY_OBSERVER}). The claim file's PDF names them
 * alike ({@link Labels}).
 */
@Named
@ApplicationScoped
public class DetailTexts {

    public String label(String key) {
        return Labels.detail(key, texts());
    }

    public String value(String key, String value) {
        return Labels.detailValue(key, value, texts());
    }

    /** A step of the timeline: its details and the amount it moved, on one line, nothing after the last. */
    public String line(TimelineEntry step) {
        return Labels.stepDetails(step, texts(), Set.of());
    }

    /** A step of the chain of custody: its details without the kit, which the custody table stands under. */
    public String custodyLine(TimelineEntry step) {
        return Labels.stepDetails(step, texts(), Set.of("kitId"));
    }

    private static ResourceBundle texts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }
}
